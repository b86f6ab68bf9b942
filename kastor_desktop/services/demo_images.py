"""Images of the demo office, drawn with Pillow when the demo is built (no binary files shipped).

Logos are a coloured rounded square with the initials; signatures are a pen stroke that looks
handwritten (a smooth, slanted curve with loops) over a thin line and the signer's name.
"""

from __future__ import annotations

import math
import random
from pathlib import Path
from typing import Any

INK = (22, 40, 110)


def _font(size: int) -> Any:
    from PIL import ImageFont

    for name in ("DejaVuSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _centered(draw: Any, box: tuple[int, int, int, int], text: str, font: Any, fill: Any) -> None:
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x = box[0] + (box[2] - box[0] - (right - left)) / 2 - left
    y = box[1] + (box[3] - box[1] - (bottom - top)) / 2 - top
    draw.text((x, y), text, font=font, fill=fill)


def draw_logo(target: Path, initials: str, colour: tuple[int, int, int], side: int = 600) -> Path:
    """A square JPEG: a rounded tile in ``colour`` with white initials and a thin inner frame."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (side, side), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    margin = side // 12
    draw.rounded_rectangle(
        (margin, margin, side - margin, side - margin), radius=side // 8, fill=colour
    )
    inner = margin + side // 30
    light = tuple(min(255, c + 70) for c in colour)
    draw.rounded_rectangle(
        (inner, inner, side - inner, side - inner),
        radius=side // 10,
        outline=light,
        width=max(2, side // 150),
    )
    _centered(draw, (0, 0, side, side), initials, _font(side // 3), (255, 255, 255))
    image.save(target, format="JPEG", quality=90)
    return target


def draw_signature(
    target: Path, name: str, seed: int = 0, size: tuple[int, int] = (600, 240)
) -> Path:
    """A JPEG with a handwritten-looking signature stroke, a baseline and the printed name."""
    from PIL import Image, ImageDraw

    width, height = size
    scale = 3  # draw large, then shrink: smooth, anti-aliased strokes
    big = Image.new("RGB", (width * scale, height * scale), (255, 255, 255))
    draw = ImageDraw.Draw(big)
    points = _signature_path(random.Random(seed), width * scale, height * scale * 0.45)
    draw.line(points, fill=INK, width=3 * scale, joint="curve")
    baseline = int(height * scale * 0.72)
    draw.line(
        (width * scale * 0.1, baseline, width * scale * 0.9, baseline),
        fill=(150, 150, 150),
        width=scale,
    )
    image = big.resize(size, Image.Resampling.LANCZOS)
    small = ImageDraw.Draw(image)
    _centered(
        small,
        (0, int(height * 0.74), width, height),
        name,
        _font(max(12, height // 11)),
        (60, 60, 60),
    )
    image.save(target, format="JPEG", quality=92)
    return target


def _signature_path(rng: random.Random, width: float, mid_y: float) -> list[tuple[float, float]]:
    """A slanted prolate trochoid (cursive loops) ending in an underline flourish."""
    loops = rng.randint(4, 6)
    radius = width * 0.7 / (loops * 2 * math.pi)  # forward travel per radian
    reach = radius * 2.2  # > radius: the curve loops back on itself like handwriting
    height = mid_y * 0.45
    points: list[tuple[float, float]] = []
    steps = 80 * loops
    for step in range(steps + 1):
        t = step / steps * loops * 2 * math.pi
        swell = 1.0 + 0.35 * math.sin(t / loops + rng.random() * 0.2)
        x = width * 0.14 + radius * t - reach * math.sin(t)
        y = mid_y - height * swell * math.cos(t) * (1.0 - 0.35 * step / steps)
        points.append((x + (mid_y - y) * 0.35, y))
    end_x, end_y = points[-1]
    for step in range(1, 61):
        t = step / 60
        points.append((end_x - width * 0.6 * t, end_y + height * 1.1 * math.sin(t * math.pi / 2)))
    return points
