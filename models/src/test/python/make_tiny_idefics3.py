#!/usr/bin/python3
"""Builds a tiny Idefics3-architecture model with random weights and exports it the way the public SmolVLM ONNX
folders are laid out: onnx/vision_encoder.onnx, onnx/embed_tokens.onnx, onnx/decoder_model_merged.onnx plus the
configs and a small byte-level BPE tokenizer.json with the family's special tokens.

Run with Debian's interpreter (torch 1.13, onnx 1.12):
    /usr/bin/python3 make_tiny_idefics3.py OUT_DIR [--seed N] [--real-dims]
--real-dims uses SmolVLM-256M's sizes (for the benchmark only; never commit that output).
"""
import argparse
import json
import math
import os
import re
from collections import Counter

import torch
import torch.nn as nn

# ---------------------------------------------------------------- tokenizer


def bytes_to_unicode():
    """GPT-2's reversible byte -> printable character table (the ByteLevel pre-tokenizer's alphabet)."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


CORPUS = """User Assistant What is shown in this image? Describe the chart. What is the title of the table?
Summarize the page. Which year had the highest revenue? The answer is in the second row. Read the text in the
image. What does the figure show? Convert this page to docling. Convert chart to table. Convert table to OTSL.
the of and to in is that for on with as by at from this are was be it an or which total revenue sales profit
year quarter growth percent million report page table chart figure value number first second third answer
question context passage document text image picture shows between highest lowest average""".split()

SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<fake_token_around_image>", "<image>", "<global-img>",
            "<end_of_utterance>", "<|start_of_role|>", "<|end_of_role|>", "<|end_of_text|>"] + \
           ["<row_%d_col_%d>" % (r, c) for r in range(1, 7) for c in range(1, 7)]


def build_tokenizer(num_merges):
    b2u = bytes_to_unicode()
    alphabet = [b2u[b] for b in range(256)]
    vocab = {ch: i for i, ch in enumerate(alphabet)}
    words = Counter()
    for i, w in enumerate(CORPUS):
        enc = "".join(b2u[b] for b in (" " + w if i % 3 else w).encode("utf-8"))
        words[tuple(enc)] += 1
    merges = [("Ċ", "Ċ"), ("Ġ", "t")]
    for a, b in merges:
        vocab[a + b] = len(vocab)
    words = Counter({_apply(w, a, b): c for w, c in words.items() for a, b in [merges[-1]]})
    words = Counter({_apply(w, "Ġ", "t"): c for w, c in words.items()})
    while len(merges) < num_merges:
        pairs = Counter()
        for w, c in words.items():
            for x, y in zip(w, w[1:]):
                pairs[(x, y)] += c
        if not pairs:
            break
        (a, b), _ = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
        merges.append((a, b))
        vocab[a + b] = len(vocab)
        words = Counter({_apply(w, a, b): c for w, c in words.items()})
    added = []
    for s in SPECIALS:
        vocab[s] = len(vocab)
        added.append({"id": vocab[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                      "normalized": False, "special": True})
    byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
    tok = {
        "version": "1.0", "truncation": None, "padding": None, "added_tokens": added, "normalizer": None,
        "pre_tokenizer": byte_level, "post_processor": dict(byte_level, trim_offsets=False),
        "decoder": byte_level,
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                  "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False, "ignore_merges": False,
                  "vocab": vocab, "merges": [a + " " + b for a, b in merges]},
    }
    return tok, vocab


def _apply(word, a, b):
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and word[i] == a and word[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(word[i])
            i += 1
    return tuple(out)


# ---------------------------------------------------------------- model


class VisionLayer(nn.Module):
    def __init__(self, d, heads, mlp):
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.out = nn.Linear(d, d)
        self.ln2 = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, mlp)
        self.fc2 = nn.Linear(mlp, d)

    def forward(self, x):
        b, t, d = x.shape
        h = self.ln1(x)
        q, k, v = self.qkv(h).reshape(b, t, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d // self.heads), dim=-1)
        x = x + self.out((att @ v).transpose(1, 2).reshape(b, t, d))
        return x + self.fc2(torch.nn.functional.gelu(self.fc1(self.ln2(x)), approximate="tanh"))


class VisionEncoder(nn.Module):
    """SigLIP-like patch encoder + Idefics3 connector (pixel shuffle, linear projection)."""

    def __init__(self, d, layers, heads, mlp, text_hidden, patch=16, image=512, scale=4):
        super().__init__()
        self.patch, self.scale = patch, scale
        self.grid = image // patch
        self.embed = nn.Conv2d(3, d, patch, stride=patch)
        self.pos = nn.Parameter(torch.randn(self.grid * self.grid, d) * 0.5)
        self.layers = nn.ModuleList([VisionLayer(d, heads, mlp) for _ in range(layers)])
        self.post = nn.LayerNorm(d)
        self.proj = nn.Linear(d * scale * scale, text_hidden, bias=False)

    def forward(self, pixel_values, pixel_attention_mask):
        pv = pixel_values.flatten(0, 1)
        # a patch takes part when its top-left pixel is real (uses the mask, as padding tiles are all false)
        pm = pixel_attention_mask.flatten(0, 1)[:, :: self.patch, :: self.patch].to(torch.float32)
        pm = pm.flatten(1).unsqueeze(-1)
        x = self.embed(pv).flatten(2).transpose(1, 2) + self.pos
        x = x * pm
        for layer in self.layers:
            x = layer(x)
        x = self.post(x)
        # Idefics3 pixel shuffle: [n, 1024, d] -> [n, 64, d*16], row-major
        n, seq, d = x.shape
        g, s = self.grid, self.scale
        x = x.reshape(-1, g, g // s, d * s)
        x = x.permute(0, 2, 1, 3)
        x = x.reshape(-1, g // s, g // s, d * s * s)
        x = x.permute(0, 2, 1, 3)
        x = x.reshape(-1, (g // s) * (g // s), d * s * s)
        return self.proj(x)


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-5):
        super().__init__()
        self.w = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        return self.w * x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


class DecoderLayer(nn.Module):
    def __init__(self, hidden, heads, kv_heads, head_dim, inter):
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = heads, kv_heads, head_dim
        self.n1 = RMSNorm(hidden)
        self.q = nn.Linear(hidden, heads * head_dim, bias=False)
        self.k = nn.Linear(hidden, kv_heads * head_dim, bias=False)
        self.v = nn.Linear(hidden, kv_heads * head_dim, bias=False)
        self.o = nn.Linear(heads * head_dim, hidden, bias=False)
        self.n2 = RMSNorm(hidden)
        self.gate = nn.Linear(hidden, inter, bias=False)
        self.up = nn.Linear(hidden, inter, bias=False)
        self.down = nn.Linear(inter, hidden, bias=False)

    def forward(self, x, cos, sin, bias, past_k, past_v):
        b, t, _ = x.shape
        h = self.n1(x)
        q = self.q(h).reshape(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = self.k(h).reshape(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        v = self.v(h).reshape(b, t, self.kv_heads, self.head_dim).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k = torch.cat([past_k, k], dim=2)
        v = torch.cat([past_v, v], dim=2)
        rep = self.heads // self.kv_heads
        # grouped-query attention via expand + reshape (repeat_interleave traces with fixed sizes)
        kk = k.unsqueeze(2).expand(-1, -1, rep, -1, -1).flatten(1, 2)
        vv = v.unsqueeze(2).expand(-1, -1, rep, -1, -1).flatten(1, 2)
        att = q @ kk.transpose(-1, -2) / math.sqrt(self.head_dim) + bias
        out = torch.softmax(att, dim=-1) @ vv
        x = x + self.o(out.transpose(1, 2).reshape(b, t, self.heads * self.head_dim))
        h = self.n2(x)
        x = x + self.down(torch.nn.functional.silu(self.gate(h)) * self.up(h))
        return x, k, v


class Decoder(nn.Module):
    def __init__(self, vocab, hidden, layers, heads, kv_heads, head_dim, inter, theta=10000.0):
        super().__init__()
        self.layers = nn.ModuleList([DecoderLayer(hidden, heads, kv_heads, head_dim, inter) for _ in range(layers)])
        self.norm = RMSNorm(hidden)
        self.lm_head = nn.Linear(hidden, vocab, bias=False)
        inv = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float32) / head_dim))
        self.register_buffer("inv_freq", inv, persistent=False)

    def forward(self, inputs_embeds, attention_mask, position_ids, *past):
        freqs = position_ids.to(torch.float32).unsqueeze(-1) * self.inv_freq
        emb = torch.cat((freqs, freqs), dim=-1).unsqueeze(1)
        cos, sin = emb.cos(), emb.sin()
        # causal + padding mask: key position (from the mask's running count) <= query position
        key_pos = torch.cumsum(attention_mask, dim=-1) - 1
        allowed = (key_pos.unsqueeze(1) <= position_ids.unsqueeze(-1)) & (attention_mask.unsqueeze(1) > 0)
        bias = (1.0 - allowed.to(torch.float32)).unsqueeze(1) * -1e9
        x = inputs_embeds
        presents = []
        for i, layer in enumerate(self.layers):
            x, k, v = layer(x, cos, sin, bias, past[2 * i], past[2 * i + 1])
            presents += [k, v]
        return (self.lm_head(self.norm(x)),) + tuple(presents)


# ---------------------------------------------------------------- export

TINY = dict(v_dim=32, v_layers=2, v_heads=2, v_mlp=64, hidden=64, layers=2, heads=4, kv_heads=2, head_dim=16,
            inter=128, vocab=None)
REAL = dict(v_dim=768, v_layers=12, v_heads=12, v_mlp=3072, hidden=576, layers=30, heads=9, kv_heads=3,
            head_dim=64, inter=1536, vocab=49280)

SMOLVLM_TEMPLATE = ("<|im_start|>{% for message in messages %}{{message['role'] | capitalize}}"
                    "{% if message['content'][0]['type'] == 'image' %}{{':'}}{% else %}{{': '}}{% endif %}"
                    "{% for line in message['content'] %}{% if line['type'] == 'text' %}{{line['text']}}"
                    "{% elif line['type'] == 'image' %}{{ '<image>' }}{% endif %}{% endfor %}"
                    "<end_of_utterance>\n{% endfor %}{% if add_generation_prompt %}{{ 'Assistant:' }}{% endif %}")


def init_weights(module, gen, real):
    for name, p in module.named_parameters():
        if p.dim() >= 2 and not name.endswith("pos"):
            fan_in = p[0].numel()
            # larger than usual so that a random tiny model has clear, varied greedy choices
            std = (0.02 if real else 1.6) / math.sqrt(fan_in) if not real else 0.02
            with torch.no_grad():
                p.copy_(torch.randn(p.shape, generator=gen) * std)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--real-dims", action="store_true")
    args = ap.parse_args()
    dims = dict(REAL if args.real_dims else TINY)
    torch.manual_seed(args.seed)
    gen = torch.Generator().manual_seed(args.seed)

    tok, vocab = build_tokenizer(num_merges=120)
    if dims["vocab"] is None:
        dims["vocab"] = len(vocab)
    ids = {s: vocab[s] for s in SPECIALS}

    vision = VisionEncoder(dims["v_dim"], dims["v_layers"], dims["v_heads"], dims["v_mlp"], dims["hidden"]).eval()
    embed = nn.Embedding(dims["vocab"], dims["hidden"]).eval()
    decoder = Decoder(dims["vocab"], dims["hidden"], dims["layers"], dims["heads"], dims["kv_heads"],
                      dims["head_dim"], dims["inter"]).eval()
    for m in (vision, decoder):
        init_weights(m, gen, args.real_dims)
    with torch.no_grad():
        embed.weight.copy_(torch.randn(embed.weight.shape, generator=gen) * (0.02 if args.real_dims else 1.0))

    onnx_dir = os.path.join(args.out, "onnx")
    os.makedirs(onnx_dir, exist_ok=True)
    with torch.no_grad():
        pv = torch.randn(1, 2, 3, 512, 512)
        pm = torch.ones(1, 2, 512, 512, dtype=torch.bool)
        torch.onnx.export(vision, (pv, pm), os.path.join(onnx_dir, "vision_encoder.onnx"), opset_version=14,
                          input_names=["pixel_values", "pixel_attention_mask"], output_names=["image_features"],
                          dynamic_axes={"pixel_values": {0: "batch_size", 1: "num_images"},
                                        "pixel_attention_mask": {0: "batch_size", 1: "num_images"},
                                        "image_features": {0: "num_tiles"}})
        ii = torch.tensor([[1, 2, 3]], dtype=torch.int64)
        torch.onnx.export(embed, (ii,), os.path.join(onnx_dir, "embed_tokens.onnx"), opset_version=14,
                          input_names=["input_ids"], output_names=["inputs_embeds"],
                          dynamic_axes={"input_ids": {0: "batch_size", 1: "sequence_length"},
                                        "inputs_embeds": {0: "batch_size", 1: "sequence_length"}})
        past_len, seq = 3, 2
        past, past_names, present_names, axes = [], [], [], {}
        for i in range(dims["layers"]):
            for kind in ("key", "value"):
                past.append(torch.randn(1, dims["kv_heads"], past_len, dims["head_dim"]))
                past_names.append("past_key_values.%d.%s" % (i, kind))
                present_names.append("present.%d.%s" % (i, kind))
                axes[past_names[-1]] = {0: "batch_size", 2: "past_sequence_length"}
                axes[present_names[-1]] = {0: "batch_size", 2: "total_sequence_length"}
        axes.update({"inputs_embeds": {0: "batch_size", 1: "sequence_length"},
                     "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
                     "position_ids": {0: "batch_size", 1: "sequence_length"},
                     "logits": {0: "batch_size", 1: "sequence_length"}})
        args_ = (torch.randn(1, seq, dims["hidden"]), torch.ones(1, past_len + seq, dtype=torch.int64),
                 torch.tensor([[past_len, past_len + 1]], dtype=torch.int64)) + tuple(past)
        torch.onnx.export(decoder, args_, os.path.join(onnx_dir, "decoder_model_merged.onnx"), opset_version=14,
                          input_names=["inputs_embeds", "attention_mask", "position_ids"] + past_names,
                          output_names=["logits"] + present_names, dynamic_axes=axes)

    eos = [ids["<end_of_utterance>"], ids["<|endoftext|>"]]
    text_config = {"model_type": "llama", "hidden_size": dims["hidden"], "num_hidden_layers": dims["layers"],
                   "num_attention_heads": dims["heads"], "num_key_value_heads": dims["kv_heads"],
                   "head_dim": dims["head_dim"], "intermediate_size": dims["inter"], "vocab_size": dims["vocab"],
                   "max_position_embeddings": 8192, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
                   "bos_token_id": ids["<|im_start|>"], "eos_token_id": eos[0], "pad_token_id": ids["<|im_end|>"]}
    config = {"architectures": ["Idefics3ForConditionalGeneration"], "model_type": "idefics3",
              "image_token_id": ids["<image>"], "scale_factor": 4, "vocab_size": dims["vocab"],
              "bos_token_id": ids["<|im_start|>"], "eos_token_id": eos[0], "pad_token_id": ids["<|im_end|>"],
              "text_config": text_config,
              "vision_config": {"model_type": "idefics3_vision", "hidden_size": dims["v_dim"],
                                "num_hidden_layers": dims["v_layers"], "num_attention_heads": dims["v_heads"],
                                "intermediate_size": dims["v_mlp"], "image_size": 512, "patch_size": 16},
              "_comment": "random weights; Quire test fixture built by make_tiny_idefics3.py --seed %d" % args.seed}
    files = {
        "config.json": config,
        "generation_config.json": {"bos_token_id": ids["<|im_start|>"], "eos_token_id": eos,
                                   "pad_token_id": ids["<|im_end|>"]},
        "preprocessor_config.json": {"do_convert_rgb": True, "do_image_splitting": True, "do_normalize": True,
                                     "do_pad": True, "do_rescale": True, "do_resize": True,
                                     "image_mean": [0.5, 0.5, 0.5], "image_std": [0.5, 0.5, 0.5],
                                     "image_processor_type": "Idefics3ImageProcessor",
                                     "max_image_size": {"longest_edge": 512}, "processor_class": "Idefics3Processor",
                                     "resample": 1, "rescale_factor": 1 / 255, "size": {"longest_edge": 2048}},
        "processor_config.json": {"image_seq_len": 64, "processor_class": "Idefics3Processor"},
        "chat_template.json": {"chat_template": SMOLVLM_TEMPLATE},
        "tokenizer.json": tok,
        "tokenizer_config.json": {"tokenizer_class": "GPT2Tokenizer", "add_bos_token": False,
                                  "add_prefix_space": False, "bos_token": "<|im_start|>",
                                  "eos_token": "<end_of_utterance>", "pad_token": "<|im_end|>",
                                  "unk_token": "<|endoftext|>", "model_max_length": 8192,
                                  "chat_template": SMOLVLM_TEMPLATE,
                                  "additional_special_tokens": ["<fake_token_around_image>", "<image>",
                                                                "<end_of_utterance>"]},
        "special_tokens_map.json": {"bos_token": "<|im_start|>", "eos_token": "<end_of_utterance>",
                                    "pad_token": "<|im_end|>", "unk_token": "<|endoftext|>"},
    }
    for name, obj in files.items():
        with open(os.path.join(args.out, name), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1 if name != "tokenizer.json" else None)
            f.write("\n")
    print("wrote", args.out, "vocab", dims["vocab"], "image token", ids["<image>"], "eos", eos)


if __name__ == "__main__":
    main()
