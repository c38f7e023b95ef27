// Regenerates idefics3-grids-transformersjs.csv: the grid the reference Idefics3ImageProcessor (transformers.js)
// makes for each image size, to check DefaultGrid against it.
//   npm install --ignore-scripts @huggingface/transformers   (in any scratch directory)
//   node make-reference.mjs 1000x800 2000x600 ...            (prints "W,H,rows,cols,images" lines)
// Sizes the reference cannot process (e.g. 1x3000: stage 1 makes the width 0) are reported on stderr and skipped.
import { Idefics3ImageProcessor, RawImage } from '@huggingface/transformers';

const proc = new Idefics3ImageProcessor({
  do_convert_rgb: true, do_image_splitting: true, do_normalize: true, do_pad: true, do_rescale: true,
  do_resize: true, image_mean: [0.5, 0.5, 0.5], image_std: [0.5, 0.5, 0.5], max_image_size: { longest_edge: 512 },
  resample: 1, rescale_factor: 1 / 255, size: { longest_edge: 2048 }, image_processor_type: 'Idefics3ImageProcessor',
});
for (const arg of process.argv.slice(2)) {
  const [w, h] = arg.split('x').map(Number);
  const img = new RawImage(new Uint8ClampedArray(w * h * 3).fill(200), w, h, 3);
  try {
    const out = await proc._call([img], { return_row_col_info: true });
    console.log([w, h, out.rows[0][0], out.cols[0][0], out.pixel_values.dims[1]].join(','));
  } catch (e) {
    console.error(`${arg}: ${e.message.split('\n')[0]}`);
  }
}
