"""Images uploaded by the office: logos and signatures (JPG/JPEG only, at most 2 MB).

Pillow decodes the whole file, so a renamed non-image or a truncated JPEG is refused before
anything is stored. Stored files are content-addressed under the attachments folder.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

from kastor_desktop.domain.errors import FieldError

MAX_BYTES = 2 * 1024 * 1024
RECOMMENDED_SIDE = 600
ALLOWED_SUFFIXES = (".jpg", ".jpeg")


@dataclass(frozen=True)
class JpegFile:
    data: bytes
    width: int
    height: int


def read_jpeg(path: str | Path, field: str = "logo") -> JpegFile:
    """Validate an uploaded image; raises FieldError with a Spanish reason."""
    source = Path(path)
    name = source.name
    if source.suffix.lower() not in ALLOWED_SUFFIXES:
        raise FieldError(
            field, f"«{name}» no es un archivo JPG/JPEG. Solo se aceptan imágenes .jpg o .jpeg."
        )
    try:
        size = source.stat().st_size
    except OSError:
        raise FieldError(field, f"No se pudo leer el archivo «{name}».") from None
    if size > MAX_BYTES:
        mb = f"{size / (1024 * 1024):.1f}".replace(".", ",")
        raise FieldError(field, f"«{name}» pesa {mb} MB; el máximo es 2 MB.")
    data = source.read_bytes()
    return decode_jpeg(data, name, field)


def decode_jpeg(data: bytes, name: str, field: str) -> JpegFile:
    from PIL import Image, UnidentifiedImageError

    if not data.startswith(b"\xff\xd8"):
        raise FieldError(field, f"«{name}» no es una imagen JPEG válida.")
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "JPEG":
                raise FieldError(field, f"«{name}» no es una imagen JPEG válida.")
            image.load()
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise FieldError(field, f"«{name}» está dañada o incompleta y no se puede abrir.") from None
    return JpegFile(data, width, height)


def crop_square(jpeg: JpegFile, x: int, y: int, side: int, field: str = "logo") -> JpegFile:
    """Cut the square the user placed, scale it to at most 600x600 and re-encode as JPEG."""
    from PIL import Image

    if side <= 0 or x < 0 or y < 0 or x + side > jpeg.width or y + side > jpeg.height:
        raise FieldError(field, "El recuadro de recorte queda fuera de la imagen.")
    with Image.open(io.BytesIO(jpeg.data)) as image:
        square = image.convert("RGB").crop((x, y, x + side, y + side))
    if side > RECOMMENDED_SIDE:
        square = square.resize((RECOMMENDED_SIDE, RECOMMENDED_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    square.save(out, format="JPEG", quality=90)
    return JpegFile(out.getvalue(), square.width, square.height)


def store(attachments: Path, jpeg: JpegFile, kind: str) -> str:
    """Write the image under its content hash; returns the path relative to ``attachments``."""
    digest = hashlib.sha256(jpeg.data).hexdigest()[:24]
    relative = f"{kind}/{digest}.jpg"
    target = attachments / relative
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(jpeg.data)
        os.replace(tmp, target)
    return relative
