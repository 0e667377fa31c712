"""Reads a KiemTra XLSX summary back with openpyxl (Debian's python3-openpyxl) and prints what a test checks, as JSON."""
import datetime
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "data": {}}
for ws in wb.worksheets:
    rows = list(ws.iter_rows())
    sheet = {
        "rows": ws.max_row,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "header": [c.value for c in rows[0]] if rows else [],
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "cells": [],
    }
    for r in rows[1:]:
        cells = []
        for c in r:
            v = c.value
            if isinstance(v, datetime.datetime):
                cells.append({"t": "date", "v": v.strftime("%Y-%m-%d"), "fmt": c.number_format})
            elif isinstance(v, bool):
                cells.append({"t": "bool", "v": v})
            elif isinstance(v, (int, float)):
                cells.append({"t": "number", "v": v})
            elif v is None:
                cells.append({"t": "empty", "v": None})
            else:
                cells.append({"t": c.data_type, "v": v, "fmt": c.number_format})
        sheet["cells"].append(cells)
    out["data"][ws.title] = sheet
json.dump(out, sys.stdout, ensure_ascii=False)
