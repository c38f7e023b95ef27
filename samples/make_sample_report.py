#!/usr/bin/env python3
"""Generates samples/sample-report.pdf: a three-page report used by the README's run command and by tests.

Page 1: title, paragraphs with figures, a small table. Page 2: a vector bar chart with its data and a paragraph.
Page 3: a landscape page stored with /Rotate 90 (a wide table). Run with Debian's /usr/bin/python3 (python3-reportlab).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample-report.pdf")

REVENUE = [("2019", 4.2), ("2020", 3.8), ("2021", 5.1), ("2022", 6.4), ("2023", 7.0)]


def paragraph(c, x, y, lines, size=11, leading=15):
    c.setFont("Helvetica", size)
    for line in lines:
        c.drawString(x, y, line)
        y -= leading
    return y


def table(c, x, y, rows, widths, size=10, row_height=18):
    for r, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", size)
        cx = x
        for cell, w in zip(row, widths):
            c.drawString(cx + 4, y - row_height + 5, cell)
            cx += w
        c.line(x, y - row_height, x + sum(widths), y - row_height)
        y -= row_height
    c.line(x, y + row_height * len(rows), x + sum(widths), y + row_height * len(rows))
    return y


def page_one(c):
    w, h = A4
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, h - 90, "Northwind Outdoor Gear")
    c.setFont("Helvetica", 14)
    c.drawString(72, h - 112, "Annual Report 2023")
    y = paragraph(c, 72, h - 160, [
        "Northwind sells tents, packs and clothing for hikers in twelve countries. In 2023 revenue",
        "grew to 7.0 million euros, up 9.4 percent on 2022, while the operating margin rose from",
        "11.2 percent to 12.5 percent. The company employed 86 people at the end of the year.",
    ])
    y = paragraph(c, 72, y - 12, [
        "Online sales made up 61 percent of revenue. The new warehouse in Rotterdam opened in",
        "March and cut the average delivery time from 4.1 days to 2.6 days.",
    ])
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y - 20, "Key figures")
    table(c, 72, y - 32, [
        ["Figure", "2022", "2023"],
        ["Revenue (million EUR)", "6.4", "7.0"],
        ["Operating margin", "11.2%", "12.5%"],
        ["Employees", "79", "86"],
        ["Online share of sales", "55%", "61%"],
    ], [200, 90, 90])
    c.setFont("Helvetica", 9)
    c.drawString(72, 50, "Northwind Outdoor Gear - Annual Report 2023 - page 1")


def page_two(c):
    w, h = A4
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, h - 80, "Revenue by year")
    x0, y0, cw, ch = 100, h - 380, 360, 240
    top = 8.0
    c.setLineWidth(1)
    c.line(x0, y0, x0 + cw, y0)
    c.line(x0, y0, x0, y0 + ch)
    c.setFont("Helvetica", 9)
    for tick in range(0, 9, 2):
        ty = y0 + ch * tick / top
        c.line(x0 - 4, ty, x0, ty)
        c.drawRightString(x0 - 7, ty - 3, str(tick))
    slot = cw / len(REVENUE)
    for i, (year, value) in enumerate(REVENUE):
        bx = x0 + i * slot + slot * 0.2
        bh = ch * value / top
        c.setFillColorRGB(0.2, 0.4, 0.7)
        c.rect(bx, y0, slot * 0.6, bh, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(bx + slot * 0.3, y0 - 14, year)
        c.drawCentredString(bx + slot * 0.3, y0 + bh + 4, "%.1f" % value)
    c.setFont("Helvetica", 9)
    c.drawString(x0, y0 - 32, "Figure 1: Revenue in million euros, 2019-2023.")
    paragraph(c, 72, y0 - 70, [
        "Revenue fell in 2020, when shops closed for eleven weeks, and has grown every year since.",
        "The board expects revenue of 7.5 to 7.8 million euros in 2024.",
    ])
    c.setFont("Helvetica", 9)
    c.drawString(72, 50, "Northwind Outdoor Gear - Annual Report 2023 - page 2")


def page_three(c):
    # drawn on a portrait page and stored with /Rotate 90, so viewers show it in landscape
    w, h = A4
    # reportlab swaps the media box of a page turned by 90 degrees: ask for landscape so that the stored page is
    # portrait A4 with /Rotate 90
    c.setPageSize((h, w))
    c.setPageRotation(90)
    c.saveState()
    c.translate(w, 0)
    c.rotate(90)  # now x runs up the portrait page: the landscape page's own coordinates
    lw, lh = h, w
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, lh - 60, "Sales by region (thousand euros)")
    table(c, 60, lh - 80, [
        ["Region", "Q1", "Q2", "Q3", "Q4", "Total"],
        ["Benelux", "410", "520", "610", "480", "2020"],
        ["Germany", "380", "450", "540", "430", "1800"],
        ["Nordics", "250", "340", "420", "290", "1300"],
        ["France", "230", "300", "350", "270", "1150"],
        ["Other", "160", "200", "210", "160", "730"],
    ], [160, 80, 80, 80, 80, 90])
    c.setFont("Helvetica", 9)
    c.drawString(60, 40, "Northwind Outdoor Gear - Annual Report 2023 - page 3")
    c.restoreState()


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Northwind Outdoor Gear - Annual Report 2023")
    c.setAuthor("Quire sample")
    for page in (page_one, page_two, page_three):
        page(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
