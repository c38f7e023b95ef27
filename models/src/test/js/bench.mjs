// transformers.js side of bench/mllm/run.sh: one image, one question, fp32, a fixed number of new tokens with EOS
// suppressed. Times the vision encoder, the prefill (embedding + first decoder run) and the later decode steps by
// wrapping the sessions' run(), then prints one JSON line.
//   node bench.mjs MODEL_DIR IMAGE QUESTION NEW_TOKENS THREADS
import path from 'node:path';
import { AutoProcessor, Idefics3ForConditionalGeneration, RawImage, env } from '@huggingface/transformers';

const [modelDir, imagePath, question, newArg, threadsArg] = process.argv.slice(2);
const newTokens = Number(newArg);
const threads = Number(threadsArg);
env.allowRemoteModels = false;
env.localModelPath = path.dirname(path.resolve(modelDir));
const id = path.basename(path.resolve(modelDir));

const processor = await AutoProcessor.from_pretrained(id, { local_files_only: true });
const model = await Idefics3ForConditionalGeneration.from_pretrained(id, {
    local_files_only: true, dtype: 'fp32', device: 'cpu',
    session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 },
});
const messages = [{ role: 'user', content: [{ type: 'image' }, { type: 'text', text: question }] }];
const prompt = processor.apply_chat_template(messages, { add_generation_prompt: true });
const image = await RawImage.read(path.resolve(imagePath));

const t = { vision: 0, prefillStart: 0, prefillEnd: 0, decoderCalls: 0 };
function wrap(name, before, after) {
    const s = model.sessions[name];
    const run = s.run.bind(s);
    s.run = async (...a) => {
        before?.();
        const r = await run(...a);
        after?.();
        return r;
    };
}
let v0 = 0;
wrap('vision_encoder', () => { v0 = performance.now(); }, () => { t.vision += performance.now() - v0; });
wrap('embed_tokens', () => { if (t.decoderCalls === 0 && t.prefillStart === 0) t.prefillStart = performance.now(); });
wrap('decoder_model_merged', null, () => { if (++t.decoderCalls === 1) t.prefillEnd = performance.now(); });

const p0 = performance.now();
const inputs = await processor(prompt, [image]);
const processorMs = performance.now() - p0;
const out = await model.generate({ ...inputs, max_new_tokens: newTokens, min_new_tokens: newTokens, do_sample: false });
const end = performance.now();
const generated = out.dims[1] - inputs.input_ids.dims[1];
console.log(JSON.stringify({
    processor_ms: processorMs,
    vision_ms: t.vision,
    prefill_ms: t.prefillEnd - t.prefillStart,
    decode_tokens: generated - 1,
    decode_tok_s: (generated - 1) / ((end - t.prefillEnd) / 1000),
    prompt_tokens: inputs.input_ids.dims[1],
}));
