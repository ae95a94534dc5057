import io
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news import images
from tests.news.factories import image_bytes
from tests.news.media import stored_files

pytestmark = pytest.mark.usefixtures("media_root")


def png_declaring(width, height):
    """A valid, tiny PNG whose header claims width x height: the classic decompression bomb."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def upload(data, name="anh.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_with_exif(size=(400, 200), orientation=1):
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Máy ảnh mẫu"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (21.0, 1.0, 30.0)
    gps[3] = "E"
    gps[4] = (105.0, 51.0, 10.0)
    return image_bytes("JPEG", size, exif=exif)


def refused(data, name="anh.jpg", code=None):
    with pytest.raises(ValidationError) as info:
        images.store(upload(data, name))
    if code:
        assert info.value.code == code
    return " ".join(info.value.messages)


def test_decompression_bomb_is_refused_with_a_clear_message(media_root):
    # 400 megapixels in a few hundred bytes: past twice Pillow's own limit, so Pillow's
    # DecompressionBombError fires while reading the header; it becomes our message.
    message = refused(png_declaring(20000, 20000), "bom.png", code="too_many_pixels")
    assert message.startswith("Ảnh quá lớn")
    assert "40 triệu điểm ảnh" in message
    assert stored_files(media_root) == []


def test_image_over_our_limit_is_refused_from_its_header_before_decoding(media_root):
    # 48 megapixels: under Pillow's limits, over ours. The IDAT is tiny, so decoding would fail;
    # getting the size message proves the check ran on the header alone.
    message = refused(png_declaring(8000, 6000), "bom.png", code="too_many_pixels")
    assert "Ảnh quá lớn (8000 × 6000 điểm ảnh)" in message
    assert stored_files(media_root) == []


def test_pixel_limit_comes_from_settings(settings):
    settings.NEWS_IMAGE_MAX_PIXELS = 1_000_000
    message = refused(image_bytes("PNG", (1001, 1000)), "rong.png", code="too_many_pixels")
    assert "1 triệu điểm ảnh" in message
    assert images.store(upload(image_bytes("PNG", (1000, 1000)), "vua.png")).width == 1000


def test_oversized_file_is_refused_before_decoding(settings, media_root):
    settings.NEWS_IMAGE_MAX_BYTES = 1000
    message = refused(image_bytes("PNG", (300, 300), color=None, mode="RGB") + b"\0" * 2000)
    assert "Tệp ảnh quá lớn" in message
    assert stored_files(media_root) == []


def test_svg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9"/></svg>'
    assert "không phải là ảnh hợp lệ" in refused(svg, "logo.svg", code="invalid_image")


def test_html_renamed_to_jpg_is_refused():
    refused(b"<html><script>alert(1)</script></html>", "anh.jpg", code="invalid_image")


def test_plain_text_and_empty_files_are_refused():
    refused(b"Day khong phai la anh", "ghi-chu.png", code="invalid_image")
    refused(b"", "rong.jpg", code="empty")


@pytest.mark.parametrize("fmt", ["BMP", "TIFF", "ICO"])
def test_image_formats_outside_the_four_are_refused(fmt):
    refused(image_bytes(fmt, (64, 64)), f"anh.{fmt.lower()}", code="invalid_image")


def test_truncated_jpeg_is_refused_as_corrupt(media_root):
    noisy = Image.effect_noise((800, 600), 80).convert("RGB")
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG")
    data = buffer.getvalue()
    message = refused(data[: len(data) // 2], code="corrupt")
    assert "bị hỏng" in message
    assert stored_files(media_root) == []


def test_gps_and_other_exif_are_removed():
    original = Image.open(io.BytesIO(jpeg_with_exif()))
    assert original.getexif().get_ifd(0x8825)  # the fixture really carries GPS
    stored = images.store(upload(jpeg_with_exif()))
    with Image.open(images.default_storage.open(stored.name)) as cleaned:
        exif = cleaned.getexif()
        assert not exif.get_ifd(0x8825)
        assert 0x010F not in exif
        assert "exif" not in cleaned.info


def test_xmp_metadata_is_removed_too():
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><GPSLatitude>21,1N</GPSLatitude></x:xmpmeta>'
    source = image_bytes("JPEG", (300, 200), xmp=xmp)
    assert b"GPSLatitude" in source
    stored = images.store(upload(source))
    data = images.default_storage.open(stored.name).read()
    assert b"GPSLatitude" not in data


def test_exif_orientation_is_applied_before_the_tag_is_dropped():
    # Orientation 6: the camera was turned; a 400x200 sensor image is shown 200x400.
    stored = images.store(upload(jpeg_with_exif((400, 200), orientation=6)))
    assert (stored.width, stored.height) == (200, 400)
    with Image.open(images.default_storage.open(stored.name)) as cleaned:
        assert cleaned.size == (200, 400)
        assert 0x0112 not in cleaned.getexif()


def test_stored_under_a_random_name_in_a_dated_folder():
    stored = images.store(upload(image_bytes("PNG", (500, 300)), "Ảnh kỳ họp <script>.png"))
    assert re.fullmatch(r"articles/\d{4}/\d{2}/[0-9a-f]{32}\.png", stored.name)
    other = images.store(upload(image_bytes("PNG", (500, 300)), "Ảnh kỳ họp <script>.png"))
    assert other.name != stored.name


def test_extension_follows_the_decoded_format_not_the_uploaded_name():
    stored = images.store(upload(image_bytes("PNG", (200, 100)), "that-ra-la-png.jpg"))
    assert stored.name.endswith(".png")


def test_renditions_are_written_next_to_the_original_and_never_upscaled(media_root):
    stored = images.store(upload(image_bytes("JPEG", (2000, 1000))))
    stem = stored.name.rsplit(".", 1)[0]
    assert stored.renditions == {
        1200: f"{stem}-1200.webp",
        960: f"{stem}-960.webp",
        800: f"{stem}-800.webp",
        640: f"{stem}-640.webp",
        480: f"{stem}-480.webp",
        320: f"{stem}-320.webp",
    }
    for width, name in stored.renditions.items():
        with Image.open(media_root / name) as rendition:
            assert rendition.format == "WEBP"
            assert rendition.size == (width, width // 2)

    small = images.store(upload(image_bytes("JPEG", (500, 300))))
    assert list(small.renditions) == [480, 320]


def test_png_transparency_survives_in_original_and_renditions(media_root):
    stored = images.store(upload(image_bytes("PNG", (800, 400), color=(0, 0, 0, 0), mode="RGBA")))
    with Image.open(media_root / stored.renditions[640]) as rendition:
        assert rendition.mode == "RGBA"
        assert rendition.getpixel((10, 10))[3] == 0


def gif_frames():
    return [Image.new("RGB", (120, 80), color) for color in ("red", "green", "blue")]


def test_animated_gif_keeps_its_frames():
    frames = [frame.resize((1500, 1000)) for frame in gif_frames()]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0)
    stored = images.store(upload(buffer.getvalue(), "dong.gif"))
    with Image.open(images.default_storage.open(stored.name)) as gif:
        assert gif.n_frames == 3
    assert stored.renditions == {}  # still copies would stop the animation


def test_animated_gif_with_too_many_frames_is_refused(settings):
    settings.NEWS_IMAGE_MAX_PIXELS = 120 * 80 * 2
    frames = gif_frames()
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    refused(buffer.getvalue(), "dong.gif", code="too_many_frames")


def test_webp_upload_is_accepted():
    stored = images.store(upload(image_bytes("WEBP", (700, 400)), "anh.webp"))
    assert stored.name.endswith(".webp")
    assert set(stored.renditions) == {320, 480, 640}


def test_form_field_reports_the_same_errors():
    field = images.ImageUploadField()
    with pytest.raises(ValidationError) as info:
        field.clean(upload(png_declaring(20000, 20000), "bom.png"))
    assert "Ảnh quá lớn" in info.value.messages[0]
    good = field.clean(upload(image_bytes("JPEG", (50, 50))))
    assert good.content_type == "image/jpeg"
    assert field.widget.attrs["accept"] == "image/jpeg,image/png,image/webp,image/gif"


def test_a_pixel_limit_above_pillows_own_is_honoured(settings, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    settings.NEWS_IMAGE_MAX_PIXELS = 5000
    assert images.store(upload(image_bytes("PNG", (50, 30)), "vua.png")).width == 50
    settings.NEWS_IMAGE_MAX_PIXELS = 1000
    refused(image_bytes("PNG", (50, 30)), "vua.png", code="too_many_pixels")


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP"])
def test_the_admin_cover_field_accepts_a_picture_and_leaves_the_upload_open_to_store(kind):
    data = image_bytes(kind, (800, 600))
    cleaned = images.ImageUploadField().clean(upload(data, f"anh.{kind.lower()}", "image/png"))
    assert cleaned.read() == data
    assert images.store(cleaned).width == 800
