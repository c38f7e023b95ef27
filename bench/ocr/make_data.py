#!/usr/bin/python3
"""Generates the degraded-scan OCR benchmark set (fixed seed, run once and committed before any tuning).

Born-digital report-style PDFs (reportlab) -> 200 dpi grey render (pdftoppm) -> rotation (+-1.5 deg), blur,
noise, JPEG -> image-only PDFs (img2pdf) in data/. The gold text of each PDF is the text its born-digital version
carries, line by line in reading order (data/<name>.txt). Needs Debian's python3-reportlab, python3-numpy,
python3-pil, img2pdf and poppler-utils.
"""
import io
import os
import random
import subprocess
import sys
import tempfile

import img2pdf
import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

SEED = 20241123
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")

NOUNS = ("revenue margin growth customer market segment product service quarter year report board committee "
         "investment capital asset liability equity cash flow dividend share price cost expense income profit "
         "sales order contract supplier region division employee pension risk strategy performance outlook "
         "demand supply inventory production capacity facility network platform energy transport retail "
         "operations management shareholder auditor statement policy budget forecast target result").split()
VERBS = ("increased decreased improved declined reached exceeded remained supported reflected offset delivered "
         "reported expanded reduced achieved maintained recorded approved completed generated").split()
ADJS = ("strong weak stable higher lower net gross total operating annual quarterly regional global digital "
        "significant moderate underlying adjusted current previous sustainable").split()
LINKS = ("as a result of", "compared with", "in line with", "driven by", "despite", "due to", "following",
         "ahead of", "together with")
TITLES = ("Annual Report", "Quarterly Review", "Financial Statements", "Operating Review", "Management Report",
          "Sustainability Update", "Investor Briefing")
SECTIONS = ("Overview", "Financial performance", "Outlook", "Risks and uncertainties", "Operations",
            "Capital allocation", "Segment results", "Notes to the accounts")
REGIONS = ("Europe", "North America", "Asia Pacific", "Latin America", "Middle East", "Africa", "Nordics")


def sentence(rng):
    words = [rng.choice(ADJS).capitalize(), rng.choice(NOUNS), rng.choice(VERBS)]
    if rng.random() < 0.5:
        words += ["by", f"{rng.uniform(0.5, 30):.1f}%"]
    else:
        words += ["to", rng.choice(["EUR", "USD", "$", "GBP"]) + f" {rng.uniform(1, 900):.1f} million"]
    words += [rng.choice(LINKS), rng.choice(ADJS), rng.choice(NOUNS)]
    if rng.random() < 0.4:
        words += ["in", rng.choice(REGIONS)]
    if rng.random() < 0.3:
        words += ["and", rng.choice(ADJS), rng.choice(NOUNS), "in", str(rng.randint(2015, 2025))]
    return " ".join(words).replace("$ ", "$") + "."


def wrap(text, font, size, width, c):
    lines, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if c.stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def make_pdf(path, rng, pages, pagesize, font, bold):
    c = canvas.Canvas(path, pagesize=pagesize)
    c.setTitle("Quire OCR benchmark page")
    w, h = pagesize
    gold = []
    for p in range(pages):
        margin = 64
        y = h - margin
        def draw(text, f, size, x=margin, lead=None):
            nonlocal y
            c.setFont(f, size)
            c.drawString(x, y, text)
            gold.append(text)
            y -= lead or size * 1.35
        if p == 0:
            draw(f"{rng.choice(TITLES)} {rng.randint(2019, 2025)}", bold, 20, lead=34)
        while y > margin + 120:
            kind = rng.random()
            if kind < 0.2 and y > margin + 200:
                draw(rng.choice(SECTIONS), bold, 13, lead=20)
            elif kind < 0.35 and y > margin + 220:
                # a small table: label column + three numeric columns
                cols = [margin, margin + 190, margin + 290, margin + 390]
                head = ["Segment", str(rng.randint(2019, 2022)), str(rng.randint(2023, 2024)), "Change"]
                c.setFont(bold, 10)
                for x, t in zip(cols, head):
                    c.drawString(x, y, t)
                gold.append(" ".join(head))
                y -= 16
                c.setFont(font, 10)
                for _ in range(rng.randint(3, 5)):
                    a, b = rng.uniform(10, 999), rng.uniform(10, 999)
                    row = [rng.choice(REGIONS), f"{a:,.1f}", f"{b:,.1f}", f"{(b - a) / a * 100:+.1f}%"]
                    for x, t in zip(cols, row):
                        c.drawString(x, y, t)
                    gold.append(" ".join(row))
                    y -= 14
                y -= 12
            else:
                size = rng.choice([10, 10.5, 11, 12])
                para = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
                for line in wrap(para, font, size, w - 2 * margin, c):
                    if y < margin + 40:
                        break
                    draw(line, font, size)
                y -= 8
        c.setFont(font, 9)
        foot = f"Page {p + 1}"
        c.drawString(w / 2 - 15, margin / 2, foot)
        gold.append(foot)
        c.showPage()
    c.save()
    return gold


def degrade(pgm_path, rng, nrng):
    img = Image.open(pgm_path).convert("L")
    angle = rng.uniform(-1.5, 1.5)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.6, 1.0)))
    a = np.asarray(img).astype(np.float32)
    # paper tone, lower contrast, sensor noise, speckles
    a = a * rng.uniform(0.85, 0.95) + rng.uniform(8, 25)
    a += nrng.normal(0, rng.uniform(9, 16), a.shape)
    speck = nrng.random(a.shape)
    a[speck < 0.0008] = 30
    a[speck > 0.9995] = 250
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(35, 55), dpi=(200, 200))
    return buf.getvalue(), angle


def main():
    # make_data.py [SEED OUT]: another seed makes a disjoint set of the same kind (the calibration set for auto's
    # confidences is seed 7 in bench/out/ocr-calib, so nothing is fitted on the committed benchmark pages)
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else SEED
    out = sys.argv[2] if len(sys.argv) > 2 else OUT
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    os.makedirs(out, exist_ok=True)
    docs = [("report-a", 3, A4, "Helvetica", "Helvetica-Bold"),
            ("report-b", 3, letter, "Times-Roman", "Times-Bold"),
            ("report-c", 3, A4, "Helvetica", "Helvetica-Bold")]
    with tempfile.TemporaryDirectory() as tmp:
        for name, pages, size, font, bold in docs:
            born = os.path.join(tmp, name + ".pdf")
            gold = make_pdf(born, rng, pages, size, font, bold)
            subprocess.run(["pdftoppm", "-r", "200", "-gray", born, os.path.join(tmp, name)], check=True)
            jpegs = []
            for p in range(1, pages + 1):
                pgm = os.path.join(tmp, f"{name}-{p}.pgm")
                data, angle = degrade(pgm, rng, nrng)
                jpegs.append(data)
                print(f"{name} page {p}: rotated {angle:+.2f} deg, {len(data) // 1024} KiB", file=sys.stderr)
            with open(os.path.join(out, name + ".pdf"), "wb") as f:
                f.write(img2pdf.convert(jpegs))
            with open(os.path.join(out, name + ".txt"), "w") as f:
                f.write("\n".join(gold) + "\n")


if __name__ == "__main__":
    main()
