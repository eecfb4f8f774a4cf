package dev.wabasdk.qr;

/** The image format Meta renders a QR code in ({@code generate_qr_image}). Immutable and thread-safe. */
public enum QrImageFormat {
  /** A bitmap. */
  PNG,
  /** A vector image, which scales for print. */
  SVG
}
