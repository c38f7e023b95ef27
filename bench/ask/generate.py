#!/usr/bin/python3
"""Generates the ask benchmark set: report-style PDFs with known facts (born-digital, reportlab) and scanned
versions of them (rasterised at 150 dpi, skewed, noisy; img2pdf), plus questions.jsonl with gold answers and pages.
Fixed seed: rerunning reproduces the committed set. Usage: generate.py OUTDIR [--big N] (--big: one N-page PDF)."""
import io, json, random, subprocess, sys, os, tempfile
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

SEED = 20261123
FIRST = ["Maria", "Jonas", "Aiko", "Samuel", "Leila", "Tomasz", "Grace", "Rafael", "Ingrid", "Omar", "Chloe", "Viktor"]
LAST = ["Lindqvist", "Okafor", "Moreau", "Halvorsen", "Castellano", "Brennan", "Novak", "Takahashi", "Ferreira",
        "Whitfield", "Kowalczyk", "Adeyemi"]
CITIES = ["Rotterdam", "Lyon", "Porto", "Gdansk", "Tampere", "Graz", "Bilbao", "Aarhus", "Leipzig", "Turin"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "The board reviewed the governance framework and confirmed that the internal controls operated as designed "
    "throughout the period, with no material weaknesses identified by the audit committee.",
    "Management continued to invest in training, with every site completing the annual safety programme and "
    "refresher courses on data protection and ethical conduct.",
    "Supply conditions normalised during the second half, allowing inventory levels to return to the ranges set "
    "out in the previous plan while lead times shortened for most components.",
    "Customer feedback collected through quarterly surveys pointed to faster delivery and clearer invoicing as the "
    "main improvements, while onboarding remained an area for further work.",
    "The sustainability working group mapped the main sources of waste across the operations and agreed a set of "
    "reduction measures that will be reported on in the next cycle.",
    "Information systems were consolidated onto a single platform, which simplified reporting and reduced the "
    "number of manual reconciliations at the end of each month.",
]


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def date(r, year):
    return f"{r.randint(1, 28)} {r.choice(MONTHS)} {year}"


def company_report(r, idx):
    name = r.choice(["Northwind", "Bluefjord", "Calderon", "Meridian", "Kestrel", "Solvane"]) + " " + \
        r.choice(["Systems", "Logistics", "Materials", "Foods", "Instruments"])
    year = r.choice([2022, 2023, 2024])
    ceo, cfo = person(r), person(r)
    while cfo == ceo:
        cfo = person(r)
    city = r.choice(CITIES)
    rev = round(r.uniform(120, 900), 1)
    growth = round(r.uniform(2, 18), 1)
    margin = round(r.uniform(4, 15), 1)
    staff = r.randint(800, 9000)
    rnd = round(r.uniform(5, 60), 1)
    founded = r.randint(1950, 2005)
    sites = r.randint(4, 30)
    agm = date(r, year + 1)
    dividend = round(r.uniform(0.2, 2.5), 2)
    regions = ["Nordics", "Benelux", "Iberia", "Central Europe"]
    prev = [r.randint(20, 200) for _ in regions]
    cur = [p + r.randint(-10, 40) for p in prev]
    reg_i = r.randrange(len(regions))
    pages = [
        ("Letter from the Chief Executive", [
            f"{name} was founded in {founded} and is headquartered in {city}.",
            r.choice(FILLER),
            f"Revenue for fiscal {year} reached EUR {rev} million, an increase of {growth}% on the previous year.",
            f"The company was led throughout the year by Chief Executive Officer {ceo}.",
            r.choice(FILLER),
        ], None),
        ("People and Operations", [
            f"At the end of {year} the group employed {staff:,} people across {sites} production sites.",
            r.choice(FILLER),
            f"Spending on research and development amounted to EUR {rnd} million, mostly on automation projects.",
            r.choice(FILLER),
        ], None),
        ("Regional Performance", [
            f"Sales by region are shown in the table below, in EUR million for {year - 1} and {year}.",
        ], (["Region", str(year - 1), str(year)], [[g, str(p), str(c)] for g, p, c in zip(regions, prev, cur)])),
        ("Financial Review and Outlook", [
            f"The operating margin improved to {margin}% as pricing offset higher energy costs.",
            f"Chief Financial Officer {cfo} presented the accounts to the audit committee.",
            r.choice(FILLER),
            f"The board proposes a dividend of EUR {dividend} per share, to be approved at the annual general "
            f"meeting on {agm}.",
        ], None),
    ]
    qs = [
        ("What was the revenue for fiscal {y}?".format(y=year), f"{rev}", 1),
        ("By what percentage did revenue increase?", f"{growth}%", 1),
        ("Who is the Chief Executive Officer?", ceo, 1),
        (f"Where is {name} headquartered?", city, 1),
        (f"In which year was {name} founded?", str(founded), 1),
        ("How many people did the group employ?", f"{staff:,}", 2),
        ("How many production sites does the group have?", str(sites), 2),
        ("How much was spent on research and development?", f"{rnd}", 2),
        (f"What were {regions[reg_i]} sales in {year}?", str(cur[reg_i]), 3),
        (f"What were {regions[(reg_i + 1) % 4]} sales in {year - 1}?", str(prev[(reg_i + 1) % 4]), 3),
        ("What was the operating margin?", f"{margin}%", 4),
        ("Who is the Chief Financial Officer?", cfo, 4),
        ("What dividend per share does the board propose?", f"{dividend}", 4),
        ("When is the annual general meeting?", agm, 4),
    ]
    neg = ["How many patents did the company file?", "What is the name of the company's auditor firm?",
           "What was the carbon footprint in tonnes?", "Who designed the company logo?"]
    return f"{name} Annual Report {year}", pages, qs, neg


def city_report(r, idx):
    city = r.choice(CITIES)
    year = r.choice([2023, 2024])
    mayor = person(r)
    pop = r.randint(120_000, 900_000)
    budget = round(r.uniform(300, 2500), 1)
    co2 = round(r.uniform(5, 30), 1)
    trees = r.randint(1000, 20000)
    bike = r.randint(40, 400)
    transit = round(r.uniform(20, 60), 1)
    opened = date(r, year)
    hosp_beds = r.randint(300, 2400)
    schools = r.randint(20, 140)
    districts = ["North", "Harbour", "Old Town", "East"]
    households = [r.randint(5000, 60000) for _ in districts]
    recycling = [round(r.uniform(30, 70), 1) for _ in districts]
    di = r.randrange(4)
    pages = [
        (f"{city} Municipal Report {year}", [
            f"The city had a registered population of {pop:,} residents at the start of the year.",
            f"The annual municipal budget was set at EUR {budget} million by the council.",
            r.choice(FILLER),
            f"The council is chaired by Mayor {mayor}, who was re-elected for a second term.",
        ], None),
        ("Environment and Mobility", [
            f"Greenhouse gas emissions fell by {co2}% compared with the 2015 baseline.",
            r.choice(FILLER),
            f"Volunteers and park staff planted {trees:,} trees along streets and river banks.",
            f"The cycling network grew to {bike} kilometres of protected lanes.",
            f"Public transport accounted for {transit}% of all trips made in the city.",
            f"The new tram line to the university opened on {opened}.",
        ], None),
        ("Services by District", [
            "Households served and recycling rate by district:",
        ], (["District", "Households", "Recycling rate"],
            [[d, f"{h:,}", f"{rc}%"] for d, h, rc in zip(districts, households, recycling)])),
        ("Health and Education", [
            f"Hospitals in the city provided {hosp_beds:,} beds in total.",
            r.choice(FILLER),
            f"There are {schools} public schools operated by the education department.",
        ], None),
    ]
    qs = [
        ("What was the population of the city?", f"{pop:,}", 1),
        ("What was the annual municipal budget?", f"{budget}", 1),
        ("Who is the mayor?", mayor, 1),
        ("By what percentage did greenhouse gas emissions fall?", f"{co2}%", 2),
        ("How many trees were planted?", f"{trees:,}", 2),
        ("How long is the cycling network in kilometres?", str(bike), 2),
        ("What share of trips was made by public transport?", f"{transit}%", 2),
        ("When did the new tram line open?", opened, 2),
        (f"How many households are served in the {districts[di]} district?", f"{households[di]:,}", 3),
        (f"What is the recycling rate in the {districts[(di + 2) % 4]} district?", f"{recycling[(di + 2) % 4]}%", 3),
        ("How many hospital beds are there?", f"{hosp_beds:,}", 4),
        ("How many public schools are there?", str(schools), 4),
    ]
    neg = ["What is the average rent for an apartment?", "How many museums does the city have?",
           "Who won the city marathon?", "What is the unemployment rate among young people?"]
    return f"{city} Municipal Report {year}", pages, qs, neg


def study_report(r, idx):
    drug = r.choice(["Velorazine", "Tamsoprin", "Cordexil", "Nuvatrol"])
    pi = person(r)
    n = r.randint(120, 2400)
    start = date(r, 2021)
    end = date(r, 2023)
    resp = round(r.uniform(30, 75), 1)
    placebo = round(r.uniform(10, 29), 1)
    dropout = round(r.uniform(3, 15), 1)
    sites = r.randint(5, 40)
    age = r.randint(35, 68)
    dose = r.choice([5, 10, 20, 40])
    arms = ["Low dose", "High dose", "Placebo"]
    events = [r.randint(3, 60) for _ in arms]
    ai = r.randrange(3)
    pages = [
        (f"Phase II Study of {drug}: Final Report", [
            f"The principal investigator of the study was Dr. {pi}.",
            f"A total of {n:,} participants were enrolled at {sites} clinical sites.",
            f"Enrolment began on {start} and the last follow-up visit took place on {end}.",
            r.choice(FILLER),
        ], None),
        ("Methods", [
            f"Participants received {dose} mg of {drug} once daily or a matching placebo.",
            f"The median age of participants was {age} years.",
            r.choice(FILLER),
        ], None),
        ("Results", [
            f"The response rate in the treatment group was {resp}%, compared with {placebo}% in the placebo group.",
            f"Overall, {dropout}% of participants discontinued the study early.",
            r.choice(FILLER),
        ], None),
        ("Safety", [
            "Adverse events reported in each study arm:",
        ], (["Arm", "Adverse events"], [[a, str(e)] for a, e in zip(arms, events)])),
    ]
    qs = [
        ("Who was the principal investigator?", pi, 1),
        ("How many participants were enrolled?", f"{n:,}", 1),
        ("At how many clinical sites were participants enrolled?", str(sites), 1),
        ("When did enrolment begin?", start, 1),
        ("When did the last follow-up visit take place?", end, 1),
        (f"What daily dose of {drug} did participants receive?", f"{dose} mg", 2),
        ("What was the median age of participants?", str(age), 2),
        ("What was the response rate in the treatment group?", f"{resp}%", 3),
        ("What percentage of participants discontinued the study early?", f"{dropout}%", 3),
        (f"How many adverse events were reported in the {arms[ai]} arm?", str(events[ai]), 4),
    ]
    neg = ["What was the cost of the study?", "Which company manufactured the placebo?",
           "How many participants were vegetarian?"]
    return f"Phase II Study of {drug}", pages, qs, neg


def build_pdf(path, title, pages):
    styles = getSampleStyleSheet()
    story = [Paragraph(title, styles["Title"])]
    for i, (heading, paras, table) in enumerate(pages):
        if i > 0:
            story.append(PageBreak())
        story.append(Paragraph(heading, styles["Heading2"]))
        for p in paras:
            story.append(Paragraph(p, styles["BodyText"]))
            story.append(Spacer(1, 6))
        if table:
            header, rows = table
            t = Table([header] + rows, hAlign="LEFT", colWidths=[120] + [90] * (len(header) - 1))
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]))
            story.append(t)
    SimpleDocTemplate(path, pagesize=A4, title=title).build(story)


def page_texts(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(p.split()) for p in out.split("\f")]


def scan(src, dst, r):
    """Rasterise at 150 dpi grey, rotate by a small random angle, add noise, wrap the pages into a PDF."""
    import numpy as np
    from PIL import Image
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", src, os.path.join(tmp, "p")], check=True)
        imgs = []
        for f in sorted(os.listdir(tmp)):
            im = Image.open(os.path.join(tmp, f)).convert("L")
            im = im.rotate(r.uniform(-1.5, 1.5), resample=Image.BILINEAR, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            rng = np.random.default_rng(r.randint(0, 2 ** 31))
            a += rng.normal(0, 18, a.shape)
            speck = rng.random(a.shape) < 0.002
            a[speck] = 0
            out = os.path.join(tmp, f + ".jpg")
            Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(out, quality=70, dpi=(150, 150))
            imgs.append(out)
        with open(dst, "wb") as fh:
            fh.write(subprocess.run(["img2pdf"] + imgs, check=True, capture_output=True).stdout)


def big(outdir, n):
    """One n-page report for the speed and memory benchmark (not committed)."""
    r = random.Random(SEED + 1)
    pages = []
    for i in range(n):
        _, ps, _, _ = [company_report, city_report, study_report][i % 3](r, i)
        h, paras, table = ps[i % len(ps)]
        pages.append((f"{h} ({i + 1})", paras + [r.choice(FILLER), r.choice(FILLER)], table))
    build_pdf(os.path.join(outdir, f"big-{n}.pdf"), "Collected Reports", pages)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    if len(sys.argv) > 3 and sys.argv[2] == "--big":
        big(outdir, int(sys.argv[3]))
        return
    r = random.Random(SEED)
    makers = [company_report, city_report, study_report]
    with open(os.path.join(outdir, "questions.jsonl"), "w") as qf:
        for i, make in enumerate(makers):
            title, pages, qs, neg = make(r, i)
            name = f"report{i + 1}"
            pdf = os.path.join(outdir, name + ".pdf")
            build_pdf(pdf, title, pages)
            texts = page_texts(pdf)
            for q, a, p in qs:
                # the generator checks its own gold: the answer is printed on the page it names
                assert a in texts[p - 1], (name, q, a, p)
                for kind, doc in (("digital", name + ".pdf"), ("scanned", name + "-scan.pdf")):
                    qf.write(json.dumps({"doc": doc, "kind": kind, "question": q, "answer": a, "page": p}) + "\n")
            for q in neg:
                for kind, doc in (("digital", name + ".pdf"), ("scanned", name + "-scan.pdf")):
                    qf.write(json.dumps({"doc": doc, "kind": kind, "question": q, "answer": None, "page": None}) + "\n")
            scan(pdf, os.path.join(outdir, name + "-scan.pdf"), r)


if __name__ == "__main__":
    main()
