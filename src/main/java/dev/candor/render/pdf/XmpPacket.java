package dev.candor.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet for a notice: Dublin Core, PDF and XMP basic properties, the PDF/A-3u and
 * PDF/UA-1 identification, and the extension schema PDF/A requires for the PDF/UA namespace.
 *
 * <p>Written by hand rather than with xmpbox so that every value mirrors the Info dictionary
 * exactly (PDF/A checks they agree) and the bytes never depend on a library's serializer settings.
 */
final class XmpPacket {

  private XmpPacket() {}

  /** The UTF-8 packet for the given metadata, producer and creation time. */
  static byte[] of(PdfMetadata meta, String producer, OffsetDateTime created) {
    String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(escape(meta.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (meta.subject() != null) {
      x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(escape(meta.subject()))
          .append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    if (meta.author() != null) {
      // A single entry: PDF/A compares dc:creator with the Info dictionary's one Author string.
      x.append("<dc:creator><rdf:Seq><rdf:li>")
          .append(escape(meta.author()))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    x.append("<dc:language><rdf:Bag><rdf:li>")
        .append(escape(meta.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>")
        .append(escape(producer))
        .append("</pdf:Producer>\n");
    if (!meta.keywords().isEmpty()) {
      x.append("<pdf:Keywords>")
          .append(escape(PdfRenderer.keywords(meta)))
          .append("</pdf:Keywords>\n");
    }
    x.append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreatorTool>")
        .append(escape(producer))
        .append("</xmp:CreatorTool>\n")
        .append("<xmp:CreateDate>")
        .append(date)
        .append("</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>")
        .append(date)
        .append("</xmp:ModifyDate>\n")
        .append("<xmp:MetadataDate>")
        .append(date)
        .append("</xmp:MetadataDate>\n")
        .append("</rdf:Description>\n");

    x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
        .append("<pdfaid:part>3</pdfaid:part>\n")
        .append("<pdfaid:conformance>U</pdfaid:conformance>\n")
        .append("</rdf:Description>\n");

    x.append(
            "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append("</rdf:Description>\n");

    // PDF/A only knows the XMP namespaces of 2005; pdfuaid must be declared in an extension schema.
    x.append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
        .append(
            "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("<pdfaProperty:description>Part of ISO 14289 the document conforms to")
        .append("</pdfaProperty:description>\n")
        .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
        .append("</rdf:Description>\n");

    x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Drops characters XML 1.0 cannot carry, so Info and XMP can hold the very same text. */
  static String xmlSafe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c < 0xD800)
                    || (c > 0xDFFF && c != 0xFFFE && c != 0xFFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String escape(String text) {
    return xmlSafe(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
