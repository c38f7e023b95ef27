import { RawImage } from '@huggingface/transformers';
import { writeFileSync } from 'node:fs';
const [inp, w, h, out] = process.argv.slice(2);
const img = (await RawImage.read(inp)).rgb();
const r = await img.resize(Number(w), Number(h), { resample: 1 });
writeFileSync(out, Buffer.from(r.data.buffer, r.data.byteOffset, r.data.length));
console.log(r.width, r.height, r.channels);
