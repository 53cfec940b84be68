package dev.candor.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Inspects rendered PDFs the way a reader or a conformance checker would. */
public final class PdfChecks {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /** The failed veraPDF rules for the flavour, one line each; empty when the PDF conforms. */
  public static List<String> validate(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failures = new ArrayList<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() != TestAssertion.Status.FAILED) {
          continue;
        }
        RuleId id = a.getRuleId();
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        failures.add(
            id.getSpecification().getId()
                + " "
                + id.getClause()
                + "-"
                + id.getTestNumber()
                + " "
                + (rule == null ? "" : rule.getDescription())
                + " | "
                + a.getErrorMessage()
                + " @ "
                + a.getLocation().getContext());
      }
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.add("not compliant, job status " + result.getJobEndStatus());
      }
      return failures.stream().distinct().toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not validate the PDF", e);
    }
  }

  /** All text as it appears on the pages, top to bottom, left to right, pages in order. */
  public static String extractText(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      // openhtmltopdf paints runs grouped by font, not in reading order (the tag tree carries
      // that), so unsorted extraction moves bold and italic words to the end of their line.
      stripper.setSortByPosition(true);
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of fonts used on any page (or in form XObjects there) that are not embedded. */
  public static List<String> unembeddedFonts(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> missing = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        collectUnembedded(page.getResources(), missing, 0);
      }
      return missing;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when every font in the PDF is embedded. */
  public static boolean allFontsEmbedded(byte[] pdf) {
    return unembeddedFonts(pdf).isEmpty();
  }

  /** How many fonts the pages use, counting each resource entry once per page. */
  public static int fontCount(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int n = 0;
      for (PDPage page : doc.getPages()) {
        for (COSName ignored : page.getResources().getFontNames()) {
          n++;
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Outline (bookmark) titles, depth first. */
  public static List<String> outlineTitles(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> titles = new ArrayList<>();
      PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
      if (root != null) {
        collectTitles(root, titles);
      }
      return titles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every stream in the file, decoded, joined as ISO-8859-1 text: for "is X anywhere in it?". */
  public static String decodedStreams(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StringBuilder all = new StringBuilder();
      for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
        COSObject object = doc.getDocument().getObjectFromPool(key);
        if (object != null && object.getObject() instanceof COSStream stream) {
          try (InputStream in = stream.createInputStream()) {
            all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).append('\n');
          }
        }
      }
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the PDF for ad-hoc inspection; the caller closes it. */
  public static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectTitles(PDOutlineNode node, List<String> titles) {
    for (PDOutlineItem item : node.children()) {
      titles.add(item.getTitle());
      collectTitles(item, titles);
    }
  }

  private static void collectUnembedded(PDResources resources, List<String> missing, int depth)
      throws IOException {
    if (resources == null || depth > 10) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      if (font != null && !font.isEmbedded()) {
        missing.add(font.getName());
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectUnembedded(form.getResources(), missing, depth + 1);
      }
    }
  }
}
