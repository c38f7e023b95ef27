"""Generates report-like PDFs for the summarize benchmark (fixed seed): python3 generate.py OUT_DIR COUNT PAGES."""
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TOPICS = ["solar output", "customer retention", "warehouse throughput", "hospital admissions",
          "broadband coverage", "water quality", "freight volume", "staff turnover", "energy costs"]
VERBS = ["improved markedly", "declined slightly", "remained stable", "grew steadily", "fell sharply"]


def report(path, rnd, pages, idx):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(f"Regional Report {idx}")
    for p in range(pages):
        y = 800
        if p == 0:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(50, y, f"Regional Report {idx}: {rnd.choice(TOPICS).title()}")
            y -= 40
        c.setFont("Helvetica", 10)
        for _ in range(18):
            t = rnd.choice(TOPICS)
            kind = rnd.random()
            if kind < 0.3:
                s = f"Revenue from {t} reached ${rnd.randint(1, 90)}.{rnd.randint(0, 9)} million this year."
            elif kind < 0.5:
                s = f"The share of {t} rose to {rnd.randint(5, 95)}% in the second half."
            else:
                s = f"Across the region, {t} {rnd.choice(VERBS)} compared with the previous period."
            c.drawString(50, y, s)
            y -= 15
        if p % 2 == 1:  # a simple vector bar chart on every other page
            base = 120
            c.line(60, base, 360, base)
            c.line(60, base, 60, base + 150)
            for i in range(5):
                h = rnd.randint(20, 140)
                c.rect(80 + i * 55, base, 35, h, fill=1)
                c.drawString(85 + i * 55, base - 12, str(2019 + i))
        c.showPage()
    c.save()


def main():
    out, count, pages = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(20261123)
    for i in range(count):
        report(out / f"report-{i:03d}.pdf", rnd, pages if pages > 0 else rnd.randint(2, 8), i)


if __name__ == "__main__":
    main()
