"""Flat-style illustrations for the demo content, drawn with Pillow only.

Every picture is generated from code: no fonts, no text, no external files.
The same ``(scene, seed)`` pair always yields the same image.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

SCENES = ("hall", "meeting", "field", "voters", "document", "construction", "river")

# Drawing happens at SUPERSAMPLE times the requested size, then the picture is
# scaled down; this gives smooth (anti-aliased) edges without extra libraries.
SUPERSAMPLE = 2

Color = tuple[int, int, int]

SKY_PALETTES: list[tuple[Color, Color]] = [
    ((120, 181, 230), (214, 236, 250)),
    ((98, 160, 214), (236, 226, 210)),
    ((137, 196, 222), (244, 238, 222)),
    ((246, 178, 122), (253, 229, 190)),
    ((108, 170, 200), (222, 240, 238)),
]
SKIN_TONES: list[Color] = [(241, 200, 160), (224, 178, 138), (204, 150, 110), (236, 190, 150)]
HAIR_TONES: list[Color] = [(40, 32, 30), (58, 44, 36), (30, 28, 34), (90, 80, 76)]
SHIRT_TONES: list[Color] = [
    (250, 250, 248),
    (214, 228, 242),
    (48, 72, 120),
    (68, 84, 96),
    (236, 232, 220),
    (160, 50, 50),
    (92, 124, 164),
    (226, 214, 236),
]
COUNCIL_RED: Color = (196, 32, 38)
STAR_YELLOW: Color = (252, 214, 40)


def _mix(a: Color, b: Color, t: float) -> Color:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _shade(c: Color, factor: float) -> Color:
    """Darken (factor < 1) or lighten (factor > 1) a colour."""
    if factor < 1:
        return _mix(c, (0, 0, 0), 1 - factor)
    return _mix(c, (255, 255, 255), min(1.0, factor - 1))


def _jitter(rng: random.Random, c: Color, amount: int = 12) -> Color:
    return tuple(max(0, min(255, v + rng.randint(-amount, amount))) for v in c)  # type: ignore[return-value]


def _vertical_gradient(draw: ImageDraw.ImageDraw, box, top: Color, bottom: Color) -> None:
    x0, y0, x1, y1 = box
    height = max(1, y1 - y0)
    for i in range(height):
        draw.line([(x0, y0 + i), (x1, y0 + i)], fill=_mix(top, bottom, i / height))


def _quad(draw, x0, x1, top, bottom, inset0=0.0, inset1=0.0, fill=None) -> None:
    """A trapezoid: the top edge from x0 to x1, the bottom one moved in by inset0 and inset1."""
    draw.polygon([(x0, top), (x1, top), (x1 - inset1, bottom), (x0 + inset0, bottom)], fill=fill)


def _room(draw, rng, w, h, walls, split, floor_top, floor_bottom, lift=1.05) -> Color:
    """An interior: a wall in one of the given colours over a floor; returns the wall colour."""
    wall = _jitter(rng, rng.choice(walls), 6)
    _vertical_gradient(draw, (0, 0, w, int(h * split)), _shade(wall, lift), wall)
    _vertical_gradient(draw, (0, int(h * split), w, h), floor_top, floor_bottom)
    return wall


def _top_table(draw, rng, w, h, people, size, table, cloth) -> list[float]:
    """People seated side by side, 0.1 w apart, behind a table in a cloth; returns their x."""
    xs = [w * (0.5 + 0.1 * (i - (people - 1) / 2)) for i in range(people)]
    x0, y0, x1, y1 = table
    for x in xs:
        _person(draw, rng, x, h * (y0 + 0.02), h * size, seated=True)
    draw.rectangle([w * x0, h * y0, w * x1, h * y1], fill=cloth)
    draw.rectangle([w * x0, h * y0, w * x1, h * (y0 + 0.015)], fill=_shade(cloth, 0.8))
    return xs


def _audience(draw, rng, w, h, rows, top, step, size, grow, count, shift, skip=None) -> None:
    """Seated rows seen from behind, nearer rows larger; skip(x, size, row) frees a seat."""
    for r in range(rows):
        y = h * (top + r * step)
        person = h * (size + r * grow)
        for i in range(count - r):
            cx = w * (i + 0.5 + (shift if r % 2 else 0)) / (count - r) + rng.uniform(-12, 12)
            if skip and skip(cx, person, r):
                continue
            _person(draw, rng, cx, y + person * 0.58, person, seated=True, back_view=True)


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _cloud(draw: ImageDraw.ImageDraw, x: float, y: float, s: float, color: Color) -> None:
    draw.ellipse([x, y + 0.3 * s, x + 1.2 * s, y + s], fill=color)
    draw.ellipse([x + 0.5 * s, y, x + 1.6 * s, y + 0.9 * s], fill=color)
    draw.ellipse([x + 1.2 * s, y + 0.25 * s, x + 2.3 * s, y + s], fill=color)
    draw.rectangle([x + 0.5 * s, y + 0.6 * s, x + 1.9 * s, y + s], fill=color)


def _outdoors(draw, rng, w, h, horizon, clouds) -> int:
    """A sky with a few clouds down to the horizon (a fraction of h); returns the horizon in px."""
    horizon = int(h * horizon)
    top, bottom = rng.choice(SKY_PALETTES)
    _vertical_gradient(draw, (0, 0, w, horizon), top, bottom)
    for _ in range(rng.randint(*clouds)):
        s = rng.uniform(0.05, 0.09) * w
        x = rng.uniform(-0.05, 0.85) * w
        y = rng.uniform(0.04, 0.3) * horizon
        _cloud(draw, x, y, s, (255, 255, 255))
    return horizon


def _flag(draw, x: float, y: float, h: float, wave: float = 0.0) -> None:
    """A pole with a red flag and a yellow star (no text)."""
    draw.rectangle([x - h * 0.012, y, x + h * 0.012, y + h], fill=(120, 120, 126))
    fw, fh = h * 0.42, h * 0.28
    pts = [
        (x, y + h * 0.02),
        (x + fw, y + h * 0.02 + wave),
        (x + fw, y + h * 0.02 + fh + wave),
        (x, y + h * 0.02 + fh),
    ]
    draw.polygon(pts, fill=COUNCIL_RED)
    draw.polygon(_star(x + fw / 2, y + h * 0.02 + fh / 2 + wave / 2, fh * 0.3), fill=STAR_YELLOW)


def _person(draw, rng, cx, base, h, seated=False, back_view=False) -> None:
    """A simple figure: rounded torso and a round head; ``base`` is the bottom of the torso."""
    shirt = rng.choice(SHIRT_TONES)
    skin, hair = rng.choice(SKIN_TONES), rng.choice(HAIR_TONES)
    body_w = h * 0.46
    body_h = h * (0.42 if seated else 0.55)
    top = base - body_h
    draw.rounded_rectangle(
        [cx - body_w / 2, top, cx + body_w / 2, base + body_w * 0.2],
        radius=body_w * 0.35,
        fill=shirt,
    )
    if not back_view and shirt in ((48, 72, 120), (68, 84, 96)):
        # jacket: a light collar triangle
        collar_width = body_w * 0.16
        collar = [
            (cx - collar_width, top + 1),
            (cx + collar_width, top + 1),
            (cx, top + body_h * 0.4),
        ]
        draw.polygon(collar, fill=(246, 246, 244))
    _head(draw, cx, top - h * 0.12, h * 0.14, skin, hair, back_view)


def _head(draw, cx, cy, r, skin, hair, back_view=False) -> None:
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=skin)
    if back_view:
        draw.ellipse([cx - r * 1.04, cy - r * 1.08, cx + r * 1.04, cy + r * 0.75], fill=hair)
    else:
        draw.chord([cx - r * 1.05, cy - r * 1.1, cx + r * 1.05, cy + r * 0.6], 180, 360, fill=hair)


def _walking_person(draw, rng, cx: float, ground: float, h: float, hat: bool = False) -> None:
    shirt = rng.choice(SHIRT_TONES)
    trousers = rng.choice([(50, 56, 70), (80, 70, 60), (40, 44, 52)])
    for leg in (-0.1, 0.03):
        draw.rectangle(
            [cx + h * leg, ground - h * 0.42, cx + h * (leg + 0.07), ground], fill=trousers
        )
    draw.rounded_rectangle(
        [cx - h * 0.15, ground - h * 0.8, cx + h * 0.15, ground - h * 0.38],
        radius=h * 0.06,
        fill=shirt,
    )
    r, hy = h * 0.1, ground - h * 0.9
    _head(draw, cx, hy, r, rng.choice(SKIN_TONES), rng.choice(HAIR_TONES))
    if hat:  # a conical hat (nón lá)
        hat_shape = [(cx - r * 2, hy - r * 0.1), (cx + r * 2, hy - r * 0.1), (cx, hy - r * 1.9)]
        draw.polygon(hat_shape, fill=(236, 214, 150))


def _tree(draw, rng, x: float, ground: float, h: float) -> None:
    trunk = (112, 84, 60)
    draw.rectangle([x - h * 0.04, ground - h * 0.45, x + h * 0.04, ground], fill=trunk)
    green = _jitter(rng, rng.choice([(76, 150, 86), (60, 132, 80), (98, 168, 90)]), 10)
    r = h * 0.3
    draw.ellipse([x - r, ground - h - r * 0.2, x + r, ground - h + r * 1.6], fill=green)
    draw.ellipse(
        [x - r * 0.6, ground - h * 0.95, x + r * 0.2, ground - h * 0.95 + r * 0.9],
        fill=_shade(green, 1.12),
    )


# --------------------------------------------------------------------------- scenes


def _scene_hall(img, d, rng, w, h) -> None:
    horizon = _outdoors(d, rng, w, h, 0.72, clouds=(2, 4))
    # lawn / plaza
    _vertical_gradient(d, (0, horizon, w, h), (132, 186, 110), (104, 160, 92))
    wall = _jitter(rng, rng.choice([(246, 236, 206), (240, 228, 196), (236, 238, 232)]), 6)
    roof = _shade(wall, 0.86)
    cx = w * rng.uniform(0.46, 0.54)
    bw = w * rng.uniform(0.62, 0.7)
    left, right = cx - bw / 2, cx + bw / 2
    body_top = h * 0.36
    # side wings with windows
    d.rectangle([left, body_top + h * 0.06, right, horizon], fill=_shade(wall, 0.96))
    win = (118, 154, 186)
    rows = 3
    for r in range(rows):
        wy = body_top + h * 0.1 + r * h * 0.085
        for side in (-1, 1):
            for i in range(3):
                wx = cx + side * (bw * 0.3 + i * bw * 0.055)
                d.rectangle([wx - bw * 0.014, wy, wx + bw * 0.014, wy + h * 0.05], fill=win)
    # central portico
    pw = bw * 0.46
    pl, pr = cx - pw / 2, cx + pw / 2
    d.rectangle([pl, body_top, pr, horizon], fill=wall)
    d.polygon(
        [(pl - pw * 0.04, body_top), (pr + pw * 0.04, body_top), (cx, body_top - h * 0.13)],
        fill=roof,
    )
    d.polygon(
        [(pl + pw * 0.06, body_top - 4), (pr - pw * 0.06, body_top - 4), (cx, body_top - h * 0.1)],
        fill=_shade(wall, 0.93),
    )
    # emblem disc in the pediment (pure shape, no text)
    er = h * 0.028
    ey = body_top - h * 0.045
    d.ellipse([cx - er, ey - er, cx + er, ey + er], fill=COUNCIL_RED)
    d.polygon(_star(cx, ey, er * 0.7), fill=STAR_YELLOW)
    d.rectangle([pl - pw * 0.04, body_top, pr + pw * 0.04, body_top + h * 0.025], fill=roof)
    # columns
    n_col = rng.choice([6, 8])
    col_top = body_top + h * 0.025
    col_bottom = horizon - h * 0.05
    doorway = _shade(wall, 0.7)
    d.rectangle([pl + pw * 0.05, col_top, pr - pw * 0.05, col_bottom], fill=doorway)
    for i in range(n_col):
        x = pl + pw * 0.07 + i * (pw * 0.86) / (n_col - 1)
        cw = pw * 0.028
        d.rectangle([x - cw, col_top, x + cw, col_bottom], fill=_shade(wall, 1.05))
        d.rectangle([x - cw, col_top, x - cw * 0.3, col_bottom], fill=_shade(wall, 0.95))
        d.rectangle([x - cw * 1.4, col_bottom - h * 0.012, x + cw * 1.4, col_bottom], fill=roof)
    # steps
    for i in range(4):
        inset = pw * 0.02 * (3 - i)
        y0 = col_bottom + i * (h * 0.0125)
        d.rectangle(
            [pl - pw * 0.06 + inset, y0, pr + pw * 0.06 - inset, y0 + h * 0.0125],
            fill=_shade(wall, 0.9 + 0.03 * (i % 2)),
        )
    # flag on the roof and flags in front
    _flag(d, cx, body_top - h * 0.32, h * 0.2, wave=rng.uniform(-6, 6))
    for fx in (left - w * 0.05, right + w * 0.03):
        if 0 < fx < w:
            _flag(d, fx, horizon - h * 0.34, h * 0.34, wave=rng.uniform(-8, 8))
    # trees and a few visitors
    for x in (w * 0.05, w * 0.95, left + w * 0.02, right - w * 0.02):
        _tree(d, rng, x + rng.uniform(-15, 15), horizon + h * 0.02, h * rng.uniform(0.16, 0.22))
    d.rectangle([cx - pw * 0.4, horizon, cx + pw * 0.4, h], fill=(214, 206, 190))
    for _ in range(rng.randint(3, 6)):
        px = rng.uniform(w * 0.12, w * 0.88)
        _walking_person(d, rng, px, h * rng.uniform(0.86, 0.97), h * rng.uniform(0.1, 0.13))


def _scene_meeting(img, d, rng, w, h) -> None:
    walls = [(238, 226, 200), (230, 222, 210), (242, 232, 214)]
    _room(d, rng, w, h, walls, 0.62, (150, 70, 60), (120, 52, 46))
    table = _jitter(rng, (112, 70, 48), 8)
    # stage with a red backdrop and the banner shape
    d.rectangle([w * 0.12, h * 0.05, w * 0.88, h * 0.5], fill=COUNCIL_RED)
    d.rectangle([w * 0.12, h * 0.05, w * 0.88, h * 0.08], fill=_shade(COUNCIL_RED, 0.8))
    # banner strip (plain shapes suggesting lettering, no actual text)
    d.rounded_rectangle([w * 0.22, h * 0.12, w * 0.78, h * 0.2], radius=8, fill=(214, 60, 56))
    for i in range(rng.randint(7, 10)):
        bx = w * 0.26 + i * w * 0.052
        d.rounded_rectangle([bx, h * 0.15, bx + w * 0.036, h * 0.17], radius=5, fill=STAR_YELLOW)
    er = h * 0.035
    d.ellipse([w * 0.5 - er, h * 0.24 - er, w * 0.5 + er, h * 0.24 + er], fill=STAR_YELLOW)
    d.polygon(_star(w * 0.5, h * 0.24, er * 0.7), fill=COUNCIL_RED)
    # the presidium, with a green band and flowers on the cloth
    seats = _top_table(d, rng, w, h, 5, 0.22, (0.22, 0.42, 0.78, 0.52), (248, 248, 246))
    d.rectangle([w * 0.22, h * 0.42, w * 0.78, h * 0.435], fill=(40, 120, 70))
    for x in seats:
        d.rectangle([x - 10, h * 0.4, x + 10, h * 0.425], fill=(70, 150, 80))
    # podium on the side
    px = w * rng.choice([0.08, 0.86])
    _quad(d, px, px + w * 0.08, h * 0.4, h * 0.6, w * 0.01, w * 0.01, fill=table)
    d.ellipse([px + w * 0.03, h * 0.45, px + w * 0.05, h * 0.45 + w * 0.02], fill=STAR_YELLOW)
    d.rectangle([px - w * 0.004, h * 0.38, px + w * 0.084, h * 0.405], fill=_shade(table, 0.8))
    # flower pots along the stage edge
    for fx in (w * 0.17, w * 0.83):
        _quad(d, fx - 26, fx + 26, h * 0.5, h * 0.58, 8, 8, fill=(180, 140, 80))
        for k in range(6):
            x, y = fx - 40 + k * 14, h * 0.45 + (k % 2) * 12
            flower = rng.choice([(246, 210, 60), (230, 90, 80), (250, 160, 60)])
            d.ellipse([x, y, x + 26, y + h * 0.05], fill=flower)
    # rows of delegates seen from behind, at long tables
    rows = rng.randint(3, 4)
    for r in range(rows):
        y, size = h * (0.66 + r * 0.34 / rows), h * (0.14 + r * 0.035)
        d.rectangle([0, y - size * 0.05, w, y + size * 0.05], fill=_shade(table, 1.0 + 0.05 * r))
    _audience(d, rng, w, h, rows, 0.66, 0.34 / rows, 0.14, 0.035, 9, 0.25)


def _scene_field(img, d, rng, w, h) -> None:
    horizon = _outdoors(d, rng, w, h, rng.uniform(0.36, 0.42), clouds=(2, 4))
    # distant hills
    hill = _jitter(rng, (118, 158, 130), 10)
    pts = [(0, horizon)]
    for i in range(9):
        pts.append((w * i / 8, horizon - rng.uniform(0.03, 0.1) * h))
    pts.append((w, horizon))
    d.polygon(pts, fill=hill)
    # striped rice fields with perspective
    greens = [(124, 186, 72), (150, 202, 84), (108, 170, 66), (176, 206, 92), (204, 196, 92)]
    rng.shuffle(greens)
    stripes = 8
    vx = w * rng.uniform(0.35, 0.65)
    for i in range(stripes):
        t0 = (i / stripes) ** 1.6
        t1 = ((i + 1) / stripes) ** 1.6
        y0 = horizon + (h - horizon) * t0
        y1 = horizon + (h - horizon) * t1
        d.rectangle([0, y0, w, y1], fill=greens[i % len(greens)])
        # rows of rice plants
        for k in range(-12, 13):
            x_top = vx + k * w * 0.04 * (0.3 + t0)
            x_bot = vx + k * w * 0.04 * (0.3 + t1)
            d.line([(x_top, y0), (x_bot, y1)], fill=_shade(greens[i % len(greens)], 0.9), width=3)
    # dykes between stripes
    for i in range(1, stripes):
        y = horizon + (h - horizon) * (i / stripes) ** 1.6
        d.line([(0, y), (w, y)], fill=(176, 150, 102), width=max(2, int(2 + i)))
    # the road (concrete rural road) going to the horizon
    road = (214, 208, 196)
    _quad(d, vx - w * 0.01, vx + w * 0.01, horizon, h, -w * 0.11, -w * 0.15, fill=road)
    d.line([(vx, horizon), (vx + w * 0.02, h)], fill=(240, 238, 230), width=4)
    # a small village at the horizon
    for _ in range(rng.randint(4, 7)):
        hx = rng.uniform(0.05, 0.95) * w
        hw = w * rng.uniform(0.03, 0.05)
        d.rectangle([hx, horizon - hw * 0.6, hx + hw, horizon], fill=(238, 232, 220))
        eaves = horizon - hw * 0.6
        roof = [(hx - 4, eaves), (hx + hw + 4, eaves), (hx + hw / 2, horizon - hw * 1.05)]
        d.polygon(roof, fill=(186, 84, 60))
    for _ in range(rng.randint(3, 6)):
        _tree(d, rng, rng.uniform(0.02, 0.98) * w, horizon + 6, h * rng.uniform(0.08, 0.12))
    # small figures: a delegation on the road and farmers in the fields
    for i in range(rng.randint(3, 5)):
        t = 0.55 + i * 0.08
        y = horizon + (h - horizon) * t
        x = vx + (t * w * 0.02) + rng.uniform(-w * 0.05, w * 0.05)
        _walking_person(d, rng, x, y, h * 0.1 * (0.5 + t))
    for _ in range(rng.randint(2, 4)):
        t = rng.uniform(0.25, 0.6)
        y = horizon + (h - horizon) * t
        x = rng.choice([rng.uniform(0.05, 0.3), rng.uniform(0.7, 0.95)]) * w
        _walking_person(d, rng, x, y, h * 0.09 * (0.5 + t), hat=True)


def _scene_voters(img, d, rng, w, h) -> None:
    walls = [(246, 236, 214), (232, 238, 236), (244, 230, 210)]
    wall = _room(d, rng, w, h, walls, 0.55, (196, 184, 166), (172, 160, 142), lift=1.04)
    # windows on the side walls of a community hall
    for x in (w * 0.04, w * 0.86):
        d.rectangle([x, h * 0.1, x + w * 0.1, h * 0.38], fill=(174, 206, 226))
        d.line([(x + w * 0.05, h * 0.1), (x + w * 0.05, h * 0.38)], fill=wall, width=8)
    # a plain red backdrop and a table of speakers at the far end
    d.rectangle([w * 0.2, h * 0.06, w * 0.8, h * 0.36], fill=COUNCIL_RED)
    d.rounded_rectangle([w * 0.28, h * 0.1, w * 0.72, h * 0.16], radius=8, fill=(216, 62, 58))
    d.polygon(_star(w * 0.5, h * 0.25, h * 0.055), fill=STAR_YELLOW)
    cloth = rng.choice([(40, 110, 180), (40, 120, 70), (248, 248, 246)])
    _top_table(d, rng, w, h, 4, 0.2, (0.26, 0.4, 0.74, 0.5), cloth)
    # a voter standing with a microphone in the aisle, the others in rows on plastic chairs
    mx = w * rng.uniform(0.42, 0.58)
    _walking_person(d, rng, mx, h * 0.72, h * 0.24)

    def in_aisle(x, size, row):
        return row == 0 and abs(x - mx) < size * 0.45

    _audience(d, rng, w, h, 4, 0.62, 0.11, 0.15, 0.04, 10, 0.3, skip=in_aisle)


def _scene_document(img, d, rng, w, h) -> None:
    desk = _jitter(rng, rng.choice([(150, 104, 70), (128, 88, 62), (172, 124, 84)]), 8)
    _vertical_gradient(d, (0, 0, w, h), _shade(desk, 1.08), _shade(desk, 0.9))
    # wood grain
    for _ in range(40):
        y = rng.uniform(0, h)
        d.line(
            [(0, y), (w, y + rng.uniform(-20, 20))],
            fill=_shade(desk, rng.uniform(0.9, 0.97)),
            width=2,
        )
    paper = (250, 248, 240)
    # a stack of papers, slightly rotated, drawn on a layer
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    ld = ImageDraw.Draw(layer)
    pw, ph = w * 0.36, h * 0.7
    cx, cy = w * rng.uniform(0.4, 0.46), h * 0.5
    for i in range(5, -1, -1):
        ox, oy = i * 8, i * 6
        ld.rectangle(
            [
                cx - pw / 2 + ox + 10,
                cy - ph / 2 + oy + 14,
                cx + pw / 2 + ox + 10,
                cy + ph / 2 + oy + 14,
            ],
            fill=(0, 0, 0, 40),
        )
        ld.rectangle(
            [cx - pw / 2 + ox, cy - ph / 2 + oy, cx + pw / 2 + ox, cy + ph / 2 + oy],
            fill=_shade(paper, 1.0 - i * 0.012) + (255,),
        )
    # "text" lines as grey bars (no real characters)
    top = cy - ph / 2
    headings = [(-0.38, 0.06, -0.05, 0.08), (0.08, 0.06, 0.4, 0.08), (-0.25, 0.16, 0.25, 0.19)]
    for (x0, y0, x1, y1), ink in zip(
        headings, [(90, 90, 96), (90, 90, 96), (40, 40, 48)], strict=True
    ):
        ld.rectangle([cx + pw * x0, top + ph * y0, cx + pw * x1, top + ph * y1], fill=ink + (255,))
    for i in range(13):
        y = top + ph * (0.25 + i * 0.042)
        length = pw * (0.78 if i % 5 != 4 else rng.uniform(0.3, 0.6))
        ld.rectangle(
            [cx - pw * 0.39, y, cx - pw * 0.39 + length, y + ph * 0.012], fill=(150, 150, 158, 255)
        )
    # red seal with a star, overlapping a signature stroke
    sx, sy, sr = cx + pw * 0.22, top + ph * 0.86, pw * 0.11
    ld.line(
        [
            (sx - sr * 1.5, sy + sr * 0.2),
            (sx - sr * 0.5, sy - sr * 0.4),
            (sx + sr * 0.2, sy + sr * 0.3),
            (sx + sr * 1.3, sy - sr * 0.5),
        ],
        fill=(30, 50, 120, 255),
        width=6,
    )
    ld.ellipse([sx - sr, sy - sr, sx + sr, sy + sr], outline=(206, 30, 36, 215), width=10)
    ld.ellipse(
        [sx - sr * 0.72, sy - sr * 0.72, sx + sr * 0.72, sy + sr * 0.72],
        outline=(206, 30, 36, 215),
        width=4,
    )
    ld.polygon(_star(sx, sy, sr * 0.45), fill=(206, 30, 36, 215))
    layer = layer.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, center=(cx, cy))
    img.paste(layer, (0, 0), layer)
    d = ImageDraw.Draw(img)
    # a fountain pen and glasses beside the stack
    px = w * 0.78
    pen = rng.choice([(30, 40, 70), (20, 20, 24), (120, 30, 40)])
    d.line([(px, h * 0.2), (px + w * 0.08, h * 0.7)], fill=pen, width=26)
    d.line([(px + w * 0.074, h * 0.66), (px + w * 0.082, h * 0.72)], fill=(220, 190, 90), width=14)
    gx, gy = w * 0.14, h * rng.uniform(0.7, 0.8)
    for dx in (0, w * 0.09):
        d.ellipse([gx + dx, gy, gx + dx + w * 0.075, gy + w * 0.055], outline=(40, 40, 40), width=8)
    d.line(
        [(gx + w * 0.075, gy + w * 0.02), (gx + w * 0.09, gy + w * 0.02)],
        fill=(40, 40, 40),
        width=8,
    )
    # a cup of tea
    tx, ty = w * 0.1, h * 0.2
    d.ellipse([tx - 10, ty - 10, tx + w * 0.12 + 10, ty + w * 0.12 + 10], fill=_shade(desk, 0.85))
    d.ellipse([tx, ty, tx + w * 0.12, ty + w * 0.12], fill=(246, 246, 240))
    d.ellipse([tx + w * 0.015, ty + w * 0.015, tx + w * 0.105, ty + w * 0.105], fill=(184, 150, 60))


def _scene_construction(img, d, rng, w, h) -> None:
    horizon = _outdoors(d, rng, w, h, 0.74, clouds=(1, 3))
    # distant city silhouette
    city = _mix(rng.choice(SKY_PALETTES)[1], (150, 170, 190), 0.6)
    x = 0.0
    while x < w:
        bw = rng.uniform(0.04, 0.09) * w
        d.rectangle([x, horizon - rng.uniform(0.1, 0.28) * h, x + bw, horizon], fill=city)
        x += bw + rng.uniform(0, 0.02) * w
    _vertical_gradient(d, (0, horizon, w, h), (198, 168, 120), (170, 140, 98))
    # half-built block: concrete frame, some floors finished
    bx0, bx1 = w * rng.uniform(0.36, 0.42), w * rng.uniform(0.72, 0.78)
    floors = rng.randint(7, 9)
    done = rng.randint(3, floors - 2)
    fh = (horizon - h * 0.22) / floors
    facade = _jitter(rng, rng.choice([(238, 226, 204), (220, 230, 236), (240, 214, 190)]), 8)
    concrete = (178, 178, 172)
    for f in range(floors):
        y1 = horizon - f * fh
        y0 = y1 - fh
        if f < done:
            d.rectangle([bx0, y0, bx1, y1], fill=facade)
            n = 6
            for i in range(n):
                wx = bx0 + (bx1 - bx0) * (i + 0.2) / n
                d.rectangle(
                    [wx, y0 + fh * 0.25, wx + (bx1 - bx0) * 0.6 / n, y1 - fh * 0.2],
                    fill=(120, 160, 196),
                )
        else:
            for i in range(6):
                cx = bx0 + (bx1 - bx0) * i / 5
                d.rectangle([cx - 8, y0, cx + 8, y1], fill=concrete)
        d.rectangle([bx0 - 10, y0 - 8, bx1 + 10, y0 + 8], fill=_shade(concrete, 0.9))
    # scaffolding net on the top of the finished part
    top_done = horizon - done * fh
    for i in range(12):
        sx = bx0 + (bx1 - bx0) * i / 11
        d.line([(sx, top_done), (sx, top_done - fh * 1.5)], fill=(60, 150, 90), width=3)
    # tower crane
    cx = w * rng.uniform(0.18, 0.26)
    top = h * 0.1
    yellow = rng.choice([(248, 196, 40), (242, 170, 40), (236, 208, 60)])
    mast_w = w * 0.022
    d.rectangle([cx - mast_w, top, cx + mast_w, horizon], outline=yellow, width=8)
    y = top
    step = mast_w * 2
    while y < horizon - step:
        d.line([(cx - mast_w, y), (cx + mast_w, y + step)], fill=yellow, width=6)
        d.line([(cx + mast_w, y + step), (cx - mast_w, y + 2 * step)], fill=yellow, width=6)
        y += 2 * step
    jib_y = top + h * 0.02
    d.rectangle([cx - w * 0.12, jib_y - 12, cx + w * 0.48, jib_y + 12], fill=yellow)
    d.rectangle([cx - w * 0.14, jib_y + 12, cx - w * 0.07, jib_y + 60], fill=(120, 120, 120))
    d.polygon([(cx - 20, jib_y - 12), (cx + 20, jib_y - 12), (cx, top - h * 0.08)], fill=yellow)
    d.line([(cx, top - h * 0.08), (cx + w * 0.48, jib_y)], fill=(90, 90, 90), width=4)
    d.line([(cx, top - h * 0.08), (cx - w * 0.12, jib_y)], fill=(90, 90, 90), width=4)
    d.rectangle([cx + mast_w, jib_y + 12, cx + mast_w + w * 0.03, jib_y + 70], fill=(70, 110, 150))
    hook_x = cx + w * rng.uniform(0.25, 0.44)
    hook_y = h * rng.uniform(0.3, 0.45)
    d.line([(hook_x, jib_y + 12), (hook_x, hook_y)], fill=(60, 60, 60), width=4)
    d.rectangle([hook_x - w * 0.05, hook_y, hook_x + w * 0.05, hook_y + 24], fill=(150, 90, 60))
    # fence and workers in hi-vis and hard hats
    # blue corrugated hoarding around the site
    fence_top, fence_bottom = horizon + h * 0.15, horizon + h * 0.23
    d.rectangle([0, fence_top, w, fence_bottom], fill=(40, 110, 180))
    for i in range(0, 60):
        fx = w * i / 59
        d.line([(fx, fence_top), (fx, fence_bottom)], fill=(30, 92, 156), width=3)
    d.rectangle([0, fence_top, w, fence_top + 8], fill=(250, 250, 250))
    for _ in range(rng.randint(4, 6)):
        wx = rng.uniform(0.08, 0.92) * w
        wy = horizon + h * rng.uniform(0.06, 0.11)
        sz = h * 0.11
        _walking_person(d, rng, wx, wy, sz)
        d.rounded_rectangle(
            [wx - sz * 0.16, wy - sz * 0.8, wx + sz * 0.16, wy - sz * 0.5],
            radius=6,
            fill=(250, 140, 30),
        )
        d.chord(
            [wx - sz * 0.13, wy - sz * 1.04, wx + sz * 0.13, wy - sz * 0.84],
            180,
            360,
            fill=rng.choice([(252, 220, 40), (250, 250, 250)]),
        )


def _scene_river(img, d, rng, w, h) -> None:
    horizon = _outdoors(d, rng, w, h, rng.uniform(0.42, 0.48), clouds=(2, 4))
    # far bank with trees and buildings
    far = (128, 170, 120)
    d.rectangle([0, horizon - h * 0.02, w, horizon + h * 0.02], fill=far)
    for _ in range(rng.randint(6, 10)):
        bx = rng.uniform(0, 0.95) * w
        bw = rng.uniform(0.03, 0.06) * w
        bh = rng.uniform(0.05, 0.16) * h
        d.rectangle([bx, horizon - bh, bx + bw, horizon], fill=_jitter(rng, (220, 214, 204), 14))
    for _ in range(8):
        _tree(d, rng, rng.uniform(0, 1) * w, horizon + 4, h * rng.uniform(0.05, 0.08))
    # the river
    water_top, water_bottom = (96, 156, 190), (58, 116, 158)
    _vertical_gradient(d, (0, horizon + int(h * 0.02), w, h), water_top, water_bottom)
    for _ in range(60):
        y = rng.uniform(horizon + h * 0.05, h * 0.86)
        x = rng.uniform(0, w)
        ln = rng.uniform(20, 90) * (0.5 + (y - horizon) / h)
        d.line([(x, y), (x + ln, y)], fill=_mix(water_top, (255, 255, 255), 0.35), width=3)
    # bridge across the river
    deck_y = horizon + h * rng.uniform(0.05, 0.09)
    bridge = rng.choice([(230, 230, 226), (214, 108, 80), (236, 222, 196)])
    d.rectangle([0, deck_y, w, deck_y + h * 0.03], fill=bridge)
    d.rectangle([0, deck_y + h * 0.03, w, deck_y + h * 0.04], fill=_shade(bridge, 0.75))
    n_pier = 5
    for i in range(n_pier):
        px = w * (i + 0.5) / n_pier
        d.rectangle(
            [px - 14, deck_y + h * 0.04, px + 14, deck_y + h * 0.12], fill=_shade(bridge, 0.85)
        )
    # arches / cables
    for i in range(n_pier - 1):
        x0 = w * (i + 0.5) / n_pier
        x1 = w * (i + 1.5) / n_pier
        d.arc(
            [x0, deck_y - h * 0.08, x1, deck_y + h * 0.08],
            180,
            360,
            fill=_shade(bridge, 0.9),
            width=10,
        )
    for _ in range(rng.randint(2, 4)):
        vx = rng.uniform(0.05, 0.95) * w
        d.rounded_rectangle(
            [vx, deck_y - 20, vx + 46, deck_y], radius=6, fill=rng.choice(SHIRT_TONES[2:])
        )
    # a boat
    bx = rng.uniform(0.15, 0.7) * w
    by = h * rng.uniform(0.66, 0.72)
    _quad(d, bx, bx + w * 0.14, by, by + h * 0.035, w * 0.02, w * 0.02, fill=(120, 80, 56))
    d.rectangle([bx + w * 0.04, by - h * 0.035, bx + w * 0.09, by], fill=(236, 214, 150))
    # embankment in the foreground: stone slope, walkway with railing and trees
    emb_top = h * 0.82
    d.polygon([(0, emb_top), (w, emb_top - h * 0.06), (w, h), (0, h)], fill=(176, 170, 160))
    for i in range(0, 24):
        x = w * i / 23
        y = emb_top - h * 0.06 * (x / w)
        d.line([(x, y), (x - 30, h)], fill=(156, 150, 140), width=3)
    walk = emb_top + h * 0.06
    d.polygon([(0, walk), (w, walk - h * 0.06), (w, h), (0, h)], fill=(216, 196, 168))
    rail = (90, 96, 104)
    d.line([(0, walk - h * 0.05), (w, walk - h * 0.11)], fill=rail, width=6)
    for i in range(30):
        x = w * i / 29
        y = walk - h * 0.06 * (x / w)
        d.line([(x, y), (x, y - h * 0.05)], fill=rail, width=4)
    for i in range(4):
        tx = w * (0.1 + i * 0.27) + rng.uniform(-20, 20)
        _tree(d, rng, tx, walk - h * 0.06 * (tx / w) + h * 0.1, h * 0.26)
    for _ in range(rng.randint(2, 4)):
        px = rng.uniform(0.05, 0.95) * w
        _walking_person(d, rng, px, walk - h * 0.06 * (px / w) + h * 0.12, h * 0.14)


_SCENES = {
    "hall": _scene_hall,
    "meeting": _scene_meeting,
    "field": _scene_field,
    "voters": _scene_voters,
    "document": _scene_document,
    "construction": _scene_construction,
    "river": _scene_river,
}


def draw_scene(scene: str, seed: int, size=(1200, 800)) -> bytes:
    """Return JPEG bytes of a simple flat-style illustration for the given scene."""
    try:
        painter = _SCENES[scene]
    except KeyError as exc:
        raise ValueError(f"unknown scene {scene!r}; expected one of {', '.join(SCENES)}") from exc
    width, height = int(size[0]), int(size[1])
    rng = random.Random(f"{scene}:{seed}")
    canvas = Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), (255, 255, 255))
    painter(canvas, ImageDraw.Draw(canvas), rng, *canvas.size)
    image = canvas.resize((width, height), Image.LANCZOS)
    # a very light blur softens the flat shapes and helps the JPEG stay small
    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, progressive=True, optimize=True)
    return buffer.getvalue()
