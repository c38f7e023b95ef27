package quire.app;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets {@code OMP_THREAD_LIMIT=1} in the process environment when the user has not set it.
 *
 * <p>libtesseract's OpenMP threads thrash on small machines (7-8 s instead of 1.3 s a page on 2 cores); Quire
 * parallelises across pages instead. The source checkout's {@code ./quire} script exports the variable, but the
 * installed app starts from jpackage's native launcher, the desktop entry and file associations, none of which can
 * set environment variables. libgomp reads the variable once, in its constructor, when libtesseract is loaded;
 * setting it through libc before any OCR runs is therefore enough, and needs no relaunch.
 */
public final class OpenMpLimit {

    static final String VARIABLE = "OMP_THREAD_LIMIT";
    private static final Logger LOG = LoggerFactory.getLogger(OpenMpLimit.class);

    /** The two libc calls needed; Java's own {@code System.getenv} is a snapshot taken at start-up. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    private OpenMpLimit() {
    }

    /** Call first thing in {@code main}, before anything loads a native OCR library. */
    public static void apply() {
        if (System.getenv(VARIABLE) == null) {
            setIfAbsent(VARIABLE, "1");
        }
    }

    /** Sets a variable in the native environment unless it is set; false where that is impossible (Windows). */
    static boolean setIfAbsent(String name, String value) {
        if (Platform.isWindows()) {
            return false; // no setenv in the C runtime there, and Tesseract ships without OpenMP on Windows
        }
        try {
            return libc().setenv(name, value, 0) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("cannot set {} in the process environment", name, e);
            return false;
        }
    }

    static LibC libc() {
        return Native.load(Platform.C_LIBRARY_NAME, LibC.class);
    }
}
