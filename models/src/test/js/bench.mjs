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

// per-session call counts and summed run times
const stats = {};
let firstDecoderEnd = 0;
for (const name of ['vision_encoder', 'embed_tokens', 'decoder_model_merged']) {
    const s = model.sessions[name];
    const run = s.run.bind(s);
    stats[name] = { calls: 0, ms: 0, first_ms: 0 };
    s.run = async (...a) => {
        const t0 = performance.now();
        const r = await run(...a);
        const dt = performance.now() - t0;
        const st = stats[name];
        if (st.calls++ === 0) st.first_ms = dt;
        st.ms += dt;
        if (name === 'decoder_model_merged' && st.calls === 1) firstDecoderEnd = performance.now();
        return r;
    };
}

const p0 = performance.now();
const inputs = await processor(prompt, [image]);
const processorMs = performance.now() - p0;
const out = await model.generate({ ...inputs, max_new_tokens: newTokens, min_new_tokens: newTokens, do_sample: false });
const end = performance.now();
const generated = out.dims[1] - inputs.input_ids.dims[1];
console.log(JSON.stringify({
    processor_ms: processorMs,
    vision_ms: stats.vision_encoder.ms,
    prefill_ms: stats.embed_tokens.first_ms + stats.decoder_model_merged.first_ms,
    decode_tokens: generated - 1,
    decode_tok_s: (generated - 1) / ((end - firstDecoderEnd) / 1000),
    sessions: stats,
    prompt_tokens: inputs.input_ids.dims[1],
}));
