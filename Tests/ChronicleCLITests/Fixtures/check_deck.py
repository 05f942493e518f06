"""Reads a Chronicle deck back with python-pptx (and the ZIP with zipfile's CRC check).

Usage: check_deck.py DECK.pptx EXPECTED_SLIDES ASPECT
Prints "ok" and exits 0 when every check passes; prints what failed otherwise.
"""
import sys
import zipfile

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.util import Emu

path, expected, aspect = sys.argv[1], int(sys.argv[2]), sys.argv[3]
problems = []

with zipfile.ZipFile(path) as archive:
    bad = archive.testzip()
    if bad:
        problems.append(f"CRC error in {bad}")
    names = archive.namelist()
    if names[0] != "[Content_Types].xml":
        problems.append("[Content_Types].xml is not the first entry")

deck = Presentation(path)
width, height = deck.slide_width, deck.slide_height
wanted = (12192000, 6858000) if aspect == "16:9" else (9144000, 6858000)
if (width, height) != wanted:
    problems.append(f"slide size {(width, height)} != {wanted}")
if len(deck.slides) != expected:
    problems.append(f"{len(deck.slides)} slides, expected {expected}")

pictures = 0
for number, slide in enumerate(deck.slides, 1):
    title = slide.shapes.title
    if title is None or not title.text.strip():
        problems.append(f"slide {number}: no title placeholder with text")
        continue
    if title.placeholder_format.type != PP_PLACEHOLDER.TITLE:
        problems.append(f"slide {number}: title is not a title placeholder")
    runs = [r for p in title.text_frame.paragraphs for r in p.runs]
    ea = [r._r.rPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}ea") for r in runs]
    if not runs or any(e is None or not e.get("typeface") for e in ea):
        problems.append(f"slide {number}: title runs lack an East Asian font")
    for shape in slide.shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
            pictures += 1
            if (shape.left, shape.top, shape.width, shape.height) != (0, 0, width, height):
                problems.append(f"slide {number}: picture is not the slide's size")
            if shape.image.content_type != "image/png":
                problems.append(f"slide {number}: picture is {shape.image.content_type}")
            px = shape.image.size
            if abs(px[0] / px[1] - width / height) > 0.01:
                problems.append(f"slide {number}: picture {px} has another aspect than the slide")
            if not slide.has_notes_slide or "原文" not in slide.notes_slide.notes_text_frame.text:
                problems.append(f"slide {number}: picture slide without evidence in its notes")
if pictures < expected - 3:  # title, older events, sources
    problems.append(f"only {pictures} pictures")
if deck.core_properties.title == "":
    problems.append("no document title")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("ok", len(deck.slides), "slides", pictures, "pictures")
