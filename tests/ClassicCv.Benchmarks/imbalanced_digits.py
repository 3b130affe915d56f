#!/usr/bin/env python3
"""Writes an imbalanced copy of the embedded digits as a class-folder dataset: classes 0-7 keep all 500 images,
classes 8 and 9 keep 60 each (a seeded choice), for measuring class-weight (docs/studies.md).

Usage: imbalanced_digits.py DIGITS_PNG OUT_FOLDER   (DIGITS_PNG: datasets/digits/digits.png of the build output)
"""
import os
import random
import sys

from PIL import Image

sheet, out = sys.argv[1], sys.argv[2]
image = Image.open(sheet)
rng = random.Random(42)
for label in range(10):
    cells = [(row, column) for row in range(label * 5, label * 5 + 5) for column in range(100)]
    kept = cells if label < 8 else sorted(rng.sample(cells, 60))
    folder = os.path.join(out, str(label))
    os.makedirs(folder)
    for i, (row, column) in enumerate(kept):
        image.crop((column * 20, row * 20, column * 20 + 20, row * 20 + 20)).save(os.path.join(folder, f"{i:03d}.png"))
