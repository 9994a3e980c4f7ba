#!/usr/bin/env python3
"""Fixtures for formulas saved without their results: openpyxl (pandas' writer) stores a formula and
no value, so the figure is unknown until Excel or LibreOffice calculates it; XlsxWriter stores the
result it is given.

Usage: make_formulas.py OUTDIR
Lektiecafé's 2027 amount is =F5*1.02 (204.000 kr. once calculated); the I alt row sums by formula.
"""
import os
import sys

import openpyxl
import xlsxwriter

OUT = sys.argv[1]
HEADER = ["Nr.", "Aktivitet", "Samarbejdspartnere", "Forankringsplan", 2026, 2027]
PLAN = [
    (1, "Natteravne", "Politi; SSP", "Videreføres af fsb", 150000, 150000),
    (2, "Lektiecafé", "Biblioteket; AAB", "Frivillige overtager", 200000, "=E5*1.02"),
    (3, "Sommerjob", "Jobcenter; BIF", "Jobcentret overtager", 300000, 300000),
]
TOTAL = ["", "I alt", "", "", "=SUM(E3:E5)", "=SUM(F3:F5)"]


def openpyxl_plan():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Tryghedsplan 2026"])
    ws.append(HEADER)
    for row in PLAN:
        ws.append(list(row))
    ws.append(TOTAL)
    wb.save(os.path.join(OUT, "openpyxl_formulas.xlsx"))


def xlsxwriter_plan():
    wb = xlsxwriter.Workbook(os.path.join(OUT, "xlsxwriter_formulas.xlsx"))
    ws = wb.add_worksheet("Budget")
    ws.write_row(0, 0, ["Tryghedsplan 2026"])
    ws.write_row(1, 0, HEADER)
    for r, row in enumerate(PLAN, start=2):
        for c, v in enumerate(row):
            if isinstance(v, str) and v.startswith("="):
                ws.write_formula(r, c, v, None, 204000)
            else:
                ws.write(r, c, v)
    ws.write_row(5, 0, TOTAL[:4])
    ws.write_formula(5, 4, TOTAL[4], None, 650000)
    ws.write_formula(5, 5, TOTAL[5], None, 654000)
    wb.close()


openpyxl_plan()
xlsxwriter_plan()
