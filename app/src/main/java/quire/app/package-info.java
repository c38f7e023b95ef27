/**
 * The command line (picocli) and the JavaFX desktop viewer over the pipeline API.
 */
package quire.app;
