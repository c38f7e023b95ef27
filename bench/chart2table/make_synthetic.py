#!/usr/bin/python3
"""Generate the synthetic chart-to-table set: ~40 charts with their gold tables.

Every chart is drawn with matplotlib from a table chosen with a fixed seed, then saved as PNG (raster) and PDF
(vector, TrueType text so the text stays extractable). The gold table is the data the chart was drawn from, written
as RFC 4180 CSV: first row = x-axis name then series names, one row per category (the Statista tables' layout).

Output (default: synthetic/ next to this script):
  <id>.png  <id>.pdf  <id>.csv  and index.jsonl with one line per chart:
  {"id", "type", "chart_type", "files": {"png", "pdf", "table"}, "labels", "markers", "title", "series", "rows"}
  type is the generator's (bar, grouped_bar, hbar, line, pie); chart_type is cli.md's (bar, hbar, line, pie).

Run: /usr/bin/python3 bench/chart2table/make_synthetic.py [--out DIR] [--seed N]
The set is committed; rerunning with the same seed and matplotlib version reproduces it.
"""
import argparse
import csv
import json
import os
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402

CATEGORY_SETS = {
    "Year": [str(y) for y in range(2012, 2025)],
    "Quarter": ["Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022", "Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023"],
    "Month": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "Country": ["Germany", "France", "Italy", "Spain", "Poland", "Netherlands", "Sweden", "Austria", "Belgium"],
    "Region": ["North America", "Europe", "Asia Pacific", "Latin America", "Middle East & Africa"],
    "Age group": ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"],
    "Department": ["Sales", "Marketing", "R&D", "Operations", "Finance", "HR", "Legal"],
    "Product": ["Laptops", "Phones", "Tablets", "Monitors", "Printers", "Accessories"],
    "Platform": ["YouTube", "Facebook", "Instagram", "TikTok", "LinkedIn", "Snapchat", "Pinterest"],
    "City": ["London", "Paris", "Berlin", "Madrid", "Rome", "Vienna", "Prague", "Lisbon"],
}

# (measure, unit for the title, low, high, decimals)
MEASURES = [
    ("Revenue", "in million U.S. dollars", 20, 900, 1),
    ("Sales", "in thousand units", 1200, 98000, 0),
    ("Share of respondents", "%", 2, 85, 1),
    ("Average price", "in euros", 0.5, 9.9, 2),
    ("Employees", "headcount", 150, 4800, 0),
    ("Market share", "%", 1, 45, 1),
    ("Net income", "in billion U.S. dollars", -3, 12, 2),
    ("Visitors", "in millions", 0.8, 35, 1),
    ("Unemployment rate", "%", 2.5, 14, 1),
]

SERIES_SETS = [
    ["Male", "Female"],
    ["2022", "2023"],
    ["Online", "In store"],
    ["Domestic", "International", "Other"],
    ["Product A", "Product B", "Product C"],
    ["Urban", "Rural"],
]

PIE_SETS = [
    ("Operating system", ["Android", "iOS", "Windows", "Other"]),
    ("Energy source", ["Coal", "Natural gas", "Nuclear", "Wind", "Solar", "Hydro"]),
    ("Browser", ["Chrome", "Safari", "Edge", "Firefox", "Opera"]),
    ("Segment", ["Consumer", "Enterprise", "Public sector"]),
    ("Mode of transport", ["Car", "Bus", "Train", "Bicycle", "Walking"]),
]

PALETTES = ["tab10", "Set2", "Dark2", "Paired", "tab20c", "Accent"]
FONTS = ["DejaVu Sans", "DejaVu Serif"]


def fmt(value, decimals):
    return f"{value:.{decimals}f}"


def label_fmt(value, decimals, grouped):
    """A data label as printed on the chart: with thousands separators when the chart uses them."""
    return f"{value:,.{decimals}f}" if grouped else fmt(value, decimals)


def thousands_axis(ax, axis, high):
    """Big values get "12,000"-style tick labels; returns whether labels should group digits too."""
    if high < 1000:
        return False
    formatter = matplotlib.ticker.StrMethodFormatter("{x:,.0f}")
    (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(formatter)
    return True


def values(rnd, n, low, high, decimals, trend):
    """n values in [low, high]; with a trend they drift like a time series."""
    if trend:
        if low < 0:  # a measure that can be negative starts near zero so that it crosses it
            v = rnd.uniform(low, low + 0.4 * (high - low))
        else:
            v = rnd.uniform(low + 0.2 * (high - low), high - 0.2 * (high - low))
        out = []
        for _ in range(n):
            v += rnd.uniform(-0.15, 0.18) * (high - low)
            if v > high:  # reflect at the bounds instead of clamping (no flat runs at the limit)
                v = 2 * high - v
            if v < low:
                v = 2 * low - v
            out.append(round(v, decimals))
        return out
    return [round(rnd.uniform(low, high), decimals) for _ in range(n)]


def pick_categories(rnd, kind_pool, n_min, n_max):
    name = rnd.choice(kind_pool)
    cats = CATEGORY_SETS[name]
    n = rnd.randint(n_min, min(n_max, len(cats)))
    if name in ("Year", "Quarter", "Month"):
        start = rnd.randint(0, len(cats) - n)
        return name, cats[start:start + n]
    return name, rnd.sample(cats, n)


def style(rnd, ax, fig, title, xlabel, ylabel, grid_axis):
    ax.set_title(title, fontsize=rnd.choice([10, 11, 12]), loc=rnd.choice(["center", "left"]))
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    if grid_axis and rnd.random() < 0.6:
        ax.grid(axis=grid_axis, linestyle=rnd.choice(["-", "--", ":"]), alpha=0.5)
        ax.set_axisbelow(True)
    if rnd.random() < 0.5:
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)


def colors(rnd, n):
    cmap = plt.get_cmap(rnd.choice(PALETTES))
    return [cmap(i % cmap.N) for i in range(n)]


def title_for(measure, unit, by):
    suffix = f" ({unit})" if unit != "%" else " (in %)"
    return f"{measure} by {by.lower()}{suffix}" if by else f"{measure}{suffix}"


def draw_bars(rnd, spec, horizontal, grouped):
    by_pool = ["Year", "Quarter", "Country", "Region", "Department", "Product", "Platform", "City", "Age group"]
    xname, cats = pick_categories(rnd, by_pool, 3, 9 if not grouped else 6)
    measure, unit, low, high, dec = rnd.choice([m for m in MEASURES if m[2] >= 0])
    series = rnd.choice(SERIES_SETS) if grouped else [measure]
    trend = xname in ("Year", "Quarter")
    data = [values(rnd, len(cats), low, high, dec, trend) for _ in series]
    fig, ax = plt.subplots(figsize=(rnd.uniform(6, 8), rnd.uniform(4, 5.2)))
    cs = colors(rnd, len(series))
    width = 0.8 / len(series)
    pos = list(range(len(cats)))
    sep = thousands_axis(ax, "x" if horizontal else "y", high) and rnd.random() < 0.7
    for s, (name, vals) in enumerate(zip(series, data)):
        offs = [p - 0.4 + width * (s + 0.5) for p in pos] if grouped else pos
        if horizontal:
            bars = ax.barh(offs, vals, height=width if grouped else 0.6, color=cs[s], label=name)
        else:
            bars = ax.bar(offs, vals, width=width if grouped else 0.6, color=cs[s], label=name)
        if spec["labels"]:
            ax.bar_label(bars, labels=[label_fmt(v, dec, sep) for v in vals], padding=2,
                         fontsize=7 if grouped else 8)
    if horizontal:
        ax.set_yticks(pos, cats)
        ax.invert_yaxis()  # first category on top, as in reading order
    else:
        ax.set_xticks(pos, cats, rotation=30 if max(len(c) for c in cats) > 6 else 0,
                      ha="right" if max(len(c) for c in cats) > 6 else "center")
    value_label = measure if unit == "%" else f"{measure} ({unit})"
    style(rnd, ax, fig, title_for(measure, unit, xname), None if horizontal else xname,
          None if horizontal else value_label, "x" if horizontal else "y")
    if horizontal:
        ax.set_xlabel(value_label)
    if grouped:
        if rnd.random() < 0.5:  # outside the plot, right of it: never hides a bar or a label
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
        else:
            ax.legend(loc="best", fontsize=8, frameon=rnd.random() < 0.5)
    header = [xname] + series
    rows = [[c] + [fmt(d[i], dec) for d in data] for i, c in enumerate(cats)]
    return fig, header, rows, measure


def draw_line(rnd, spec):
    xname, cats = pick_categories(rnd, ["Year", "Quarter", "Month"], 5, 12)
    # every other line chart has a measure that can go negative
    measure, unit, low, high, dec = spec["measure"] if spec.get("measure") else rnd.choice(MEASURES)
    multi = rnd.random() < 0.5
    series = rnd.choice(SERIES_SETS)[:2] if multi else [measure]
    data = [values(rnd, len(cats), low, high, dec, True) for _ in series]
    fig, ax = plt.subplots(figsize=(rnd.uniform(6, 8), rnd.uniform(4, 5)))
    cs = colors(rnd, len(series))
    x = list(range(len(cats)))
    sep = thousands_axis(ax, "y", high) and rnd.random() < 0.7
    for s, (name, vals) in enumerate(zip(series, data)):
        marker = rnd.choice(["o", "s", "^", "D"]) if spec["markers"] else None
        ax.plot(x, vals, marker=marker, markersize=5, linewidth=rnd.choice([1.5, 2, 2.5]), color=cs[s], label=name)
        if spec["labels"]:
            for xi, v in zip(x, vals):
                ax.annotate(label_fmt(v, dec, sep), (xi, v), textcoords="offset points", xytext=(0, 6 if s == 0 else -12),
                            ha="center", fontsize=7, color="#333333")
    ax.set_xticks(x, cats, rotation=45 if len(cats) > 8 and xname == "Quarter" else 0)
    value_label = measure if unit == "%" else f"{measure} ({unit})"
    style(rnd, ax, fig, title_for(measure, unit, None) + (f", {cats[0]} to {cats[-1]}"), xname, value_label, "y")
    if low < 0:
        ax.axhline(0, color="grey", linewidth=0.8)
    if multi:
        ax.legend(fontsize=8, frameon=rnd.random() < 0.5)
    header = [xname] + series
    rows = [[c] + [fmt(d[i], dec) for d in data] for i, c in enumerate(cats)]
    return fig, header, rows, measure


def draw_pie(rnd, spec):
    name, labels = rnd.choice(PIE_SETS)
    n = rnd.randint(3, len(labels))
    labels = labels[:n]
    raw = [rnd.uniform(3, 40) for _ in labels]
    total = sum(raw)
    shares = [round(100 * r / total, 1) for r in raw]
    shares[0] = round(100 - sum(shares[1:]), 1)  # sum to exactly 100.0
    fig, ax = plt.subplots(figsize=(rnd.uniform(5.5, 7), rnd.uniform(4.5, 5.5)))
    kwargs = dict(colors=colors(rnd, n), startangle=rnd.choice([0, 90, 140]), counterclock=rnd.random() < 0.5)
    if spec["labels"]:
        kwargs["autopct"] = "%1.1f%%"
        kwargs["pctdistance"] = 0.75
    if rnd.random() < 0.5:
        ax.pie(shares, labels=labels, **kwargs)
    else:
        wedges = ax.pie(shares, **kwargs)[0]
        ax.legend(wedges, labels, loc="center left", bbox_to_anchor=(1, 0.5), fontsize=8, frameon=False)
    ax.axis("equal")
    year = rnd.randint(2015, 2024)
    ax.set_title(f"Share by {name.lower()}, {year}", fontsize=rnd.choice([10, 11, 12]), pad=18)
    header = [name, "Share"]
    rows = [[label, fmt(s, 1)] for label, s in zip(labels, shares)]
    return fig, header, rows, "Share"


PLAN = (
    [("bar", lab, False) for lab in (True, False) for _ in range(4)]
    + [("grouped_bar", lab, False) for lab in (True, False) for _ in range(4)]
    + [("hbar", lab, False) for lab in (True, False) for _ in range(4)]
    + [("line", lab, mk) for lab in (True, False) for mk in (True, False) for _ in range(2)]
    + [("pie", lab, False) for lab in (True, False) for _ in range(4)]
)

CLI_TYPE = {"bar": "bar", "grouped_bar": "bar", "hbar": "hbar", "line": "line", "pie": "pie"}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(here, "synthetic"))
    ap.add_argument("--seed", type=int, default=20240517)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    plt.rcParams.update({"pdf.fonttype": 42, "svg.hashsalt": "quire", "figure.dpi": 100})
    rnd = random.Random(args.seed)
    index = []
    for n, (kind, labels, markers) in enumerate(PLAN, start=1):
        plt.rcParams["font.family"] = rnd.choice(FONTS)
        spec = {"labels": labels, "markers": markers}
        if kind == "line" and n % 2 == 0:
            spec["measure"] = next(m for m in MEASURES if m[2] < 0)
        if kind == "pie":
            fig, header, rows, _ = draw_pie(rnd, spec)
        elif kind == "line":
            fig, header, rows, _ = draw_line(rnd, spec)
        else:
            fig, header, rows, _ = draw_bars(rnd, spec, kind == "hbar", kind == "grouped_bar")
        cid = f"syn-{n:03d}-{kind}{'-labels' if labels else ''}{'-markers' if markers else ''}"
        fig.tight_layout()
        title = fig.axes[0].get_title(loc="center") or fig.axes[0].get_title(loc="left")
        fig.savefig(os.path.join(args.out, cid + ".png"), dpi=100, metadata={"Software": None})
        fig.savefig(os.path.join(args.out, cid + ".pdf"), metadata={"Creator": None, "Producer": None,
                                                                    "CreationDate": None})
        plt.close(fig)
        with open(os.path.join(args.out, cid + ".csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(header)
            w.writerows(rows)
        index.append({"id": cid, "type": kind, "chart_type": CLI_TYPE[kind],
                      "files": {"png": cid + ".png", "pdf": cid + ".pdf", "table": cid + ".csv"},
                      "labels": labels, "markers": markers, "title": title,
                      "series": len(header) - 1, "rows": len(rows)})
    with open(os.path.join(args.out, "index.jsonl"), "w", encoding="utf-8") as f:
        for entry in index:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{len(index)} charts written to {args.out}")


if __name__ == "__main__":
    main()
