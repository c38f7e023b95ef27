// Runs transformers.js on a model folder, one image and one question, the way Quire's parity test needs it:
//   node parity.mjs MODEL_DIR IMAGE QUESTION OUT_DIR MAX_NEW_TOKENS [THREADS]
// Writes OUT_DIR/result.json (prompt, input_ids, grid, pixel shape, generated ids) and OUT_DIR/pixel_values.f32
// (little-endian float32, the processor's pixel_values). EOS is suppressed (min_new_tokens = max_new_tokens).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { AutoProcessor, Idefics3ForConditionalGeneration, RawImage, env } from '@huggingface/transformers';

const [modelDir, imagePath, question, outDir, maxNewArg, threadsArg] = process.argv.slice(2);
const maxNew = Number(maxNewArg ?? 32);
const threads = Number(threadsArg ?? 1);
env.allowRemoteModels = false;
env.localModelPath = path.dirname(path.resolve(modelDir));
const id = path.basename(path.resolve(modelDir));

function version(pkg) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    return JSON.parse(readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

const processor = await AutoProcessor.from_pretrained(id, { local_files_only: true });
const messages = [{ role: 'user', content: [{ type: 'image' }, { type: 'text', text: question }] }];
const prompt = processor.apply_chat_template(messages, { add_generation_prompt: true });
const image = await RawImage.read(path.resolve(imagePath));

const t0 = performance.now();
const inputs = await processor(prompt, [image]);
const tProc = performance.now() - t0;
writeFileSync(path.join(outDir, 'pixel_values.f32'), Buffer.from(inputs.pixel_values.data.buffer));

const result = {
    transformers_js: version('@huggingface/transformers'),
    onnxruntime_node: version('onnxruntime-node'),
    prompt,
    input_ids: Array.from(inputs.input_ids.data, Number),
    rows: inputs.rows[0][0],
    cols: inputs.cols[0][0],
    pixel_dims: inputs.pixel_values.dims,
    processor_ms: tProc,
};

if (maxNew > 0) {
    const model = await Idefics3ForConditionalGeneration.from_pretrained(id, {
        local_files_only: true, dtype: 'fp32', device: 'cpu',
        session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
    });
    const t1 = performance.now();
    const out = await model.generate({ ...inputs, max_new_tokens: maxNew, min_new_tokens: maxNew, do_sample: false });
    result.generate_ms = performance.now() - t1;
    const all = Array.from(out.data, Number);
    result.generated_ids = all.slice(result.input_ids.length);
    await model.dispose();
}
writeFileSync(path.join(outDir, 'result.json'), JSON.stringify(result));
