package dev.clerk.render.pdf;

import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNull;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure tree of a tagged attachment, copied under the attachment's Part element of the packet, so that the
 * packet stays one tagged document. Each page of the attachment is drawn as a form; the marked content in it keeps
 * its numbers and is referred to by marked-content references naming that form, and the form gets an entry of its
 * own in the packet's parent tree. Element types are resolved through the attachment's role map to standard ones,
 * and attribute classes are written out into each element's attributes, so nothing of the attachment's maps is
 * needed.
 */
final class AttachmentStructure {
    private static final PdfName MCR = new PdfName("MCR");
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName STM = new PdfName("Stm");
    private static final PdfName MCID = new PdfName("MCID");
    private static final PdfName CLASSMAP = new PdfName("ClassMap");
    private static final PdfName ROLEMAP = new PdfName("RoleMap");
    private static final PdfName C = new PdfName("C");
    /** What an element keeps besides its type and kids; its ID is left out (the packet has no ID tree). */
    private static final List<PdfName> KEPT = List.of(PdfName.A, new PdfName("Alt"), new PdfName("ActualText"),
            new PdfName("E"), PdfName.LANG, PdfName.T, new PdfName("R"));
    /** More elements than any real document has: a tree past it is not copied. */
    private static final int MAX_ELEMENTS = 500_000;

    /** One marked-content reference to fill in once its page is drawn. */
    private record Reference(int mcid, PdfIndirectReference element, PdfDictionary mcr) {
    }

    /** The references by page of the attachment, from 1. */
    private final Map<Integer, List<Reference>> pages;

    private AttachmentStructure(Map<Integer, List<Reference>> pages) {
        this.pages = pages;
    }

    /**
     * Whether the tree of {@code r} can be copied: it is there, every piece of marked content it refers to is on a
     * page of the file and not inside a form of its own (no {@code /Stm}), and it is a tree of a sane size.
     */
    static boolean copyable(PdfReader r) {
        PdfDictionary root = r.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
        if (root == null) {
            return false;
        }
        try {
            new Walk(r, null).kids(root.get(PdfName.K), null, null, 0);
            return true;
        } catch (Uncopyable | RuntimeException e) {
            return false;
        }
    }

    /**
     * Copies the tree of {@code r} under {@code part}, with the file's language on it; the marked-content
     * references are completed by {@link #bind} as each page is drawn.
     *
     * @throws IOException when the tree cannot be copied after all (it was checked by {@link #copyable})
     */
    static AttachmentStructure copy(PdfReader r, PdfStructureElement part) throws IOException {
        PdfObject lang = PdfReader.getPdfObject(r.getCatalog().get(PdfName.LANG));
        if (lang instanceof PdfString s && part.get(PdfName.LANG) == null) {
            part.put(PdfName.LANG, new PdfString(s.getBytes()));
        }
        Walk walk = new Walk(r, part);
        try {
            walk.kids(r.getCatalog().getAsDict(PdfName.STRUCTTREEROOT).get(PdfName.K), part, null, 0);
        } catch (Uncopyable e) {
            throw new IOException("the structure tree of an attachment cannot be copied", e);
        }
        return new AttachmentStructure(walk.pages);
    }

    /**
     * Completes the references to page {@code page} (from 1) of the attachment, about to be drawn as the form
     * {@code form} on the packet page {@code pageRef}: gives the form's content its key in the packet's parent tree.
     * Call before the page is imported into the writer.
     */
    void bind(int page, PdfReader reader, PdfWriter writer, PdfIndirectReference form, PdfIndirectReference pageRef)
            throws IOException {
        List<Reference> refs = pages.getOrDefault(page, List.of());
        for (Reference ref : refs) {
            ref.mcr().put(PdfName.PG, pageRef);
            ref.mcr().put(STM, form);
        }
        if (refs.isEmpty()) {
            return;
        }
        int size = refs.stream().mapToInt(Reference::mcid).max().orElse(-1) + 1;
        PdfArray parents = new PdfArray();
        for (int i = 0; i < size; i++) {
            parents.add(PdfNull.PDFNULL);
        }
        for (Reference ref : refs) {
            parents.set(ref.mcid(), ref.element());
        }
        int key = writer.getStructureTreeRoot().addExistingObject(writer.addToBody(parents).getIndirectReference());
        // The form is made from the page's content stream and takes its keys: one stream of its own per page, which
        // then carries the key of the form's entry in the parent tree.
        reader.setPageContent(page, reader.getPageContent(page));
        PRStream content = (PRStream) PdfReader.getPdfObject(reader.getPageN(page).get(PdfName.CONTENTS));
        content.put(PdfName.STRUCTPARENTS, new PdfNumber(key));
    }

    /** The tree cannot be copied. */
    private static final class Uncopyable extends Exception {
        private static final long serialVersionUID = 1L;

        Uncopyable(String message) {
            super(message, null, false, false);
        }
    }

    /** A walk over the tree that checks it and, given a part to copy it under, copies it. */
    private static final class Walk {
        private final PdfReader reader;
        private final boolean copying;
        private final Map<Integer, Integer> pageNumbers = new HashMap<>();
        private final PdfDictionary roles;
        private final PdfDictionary classes;
        private final Set<Integer> seen = new HashSet<>();
        private final Map<Integer, List<Reference>> pages = new HashMap<>();
        private final Set<String> mcids = new HashSet<>();
        private int elements;

        Walk(PdfReader reader, PdfStructureElement part) {
            this.reader = reader;
            this.copying = part != null;
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pageNumbers.put(reader.getPageOrigRef(i).getNumber(), i);
            }
            PdfDictionary root = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
            roles = root.getAsDict(ROLEMAP);
            classes = root.getAsDict(CLASSMAP);
        }

        /** Walks {@code k}, the kids of {@code into}'s original, on page {@code page} unless they say otherwise. */
        void kids(PdfObject k, PdfStructureElement into, Integer page, int depth) throws Uncopyable {
            if (depth > 100) {
                throw new Uncopyable("too deep");
            }
            if (k instanceof PRIndirectReference ref && !seen.add(ref.getNumber())) {
                throw new Uncopyable("a loop");
            }
            PdfObject o = PdfReader.getPdfObject(k);
            if (o == null) {
                return;
            }
            if (o.isArray()) {
                for (PdfObject kid : ((PdfArray) o).getElements()) {
                    kids(kid, into, page, depth + 1);
                }
            } else if (o.isNumber()) {
                content(((PdfNumber) o).intValue(), page, into);
            } else if (o.isDictionary()) {
                PdfDictionary d = (PdfDictionary) o;
                PdfName type = d.getAsName(PdfName.TYPE);
                if (MCR.equals(type)) {
                    if (d.get(STM) != null) {
                        throw new Uncopyable("marked content inside a form");
                    }
                    PdfNumber mcid = d.getAsNumber(MCID);
                    if (mcid == null) {
                        throw new Uncopyable("a reference without MCID");
                    }
                    content(mcid.intValue(), page(d, page), into);
                } else if (OBJR.equals(type)) {
                    // Annotations are not copied with the pages, and neither are references to them.
                } else if (d.getAsName(PdfName.S) != null) {
                    element(d, into, page, depth);
                } else {
                    throw new Uncopyable("a kid that is neither element nor content");
                }
            } else {
                throw new Uncopyable("a kid that is neither element nor content");
            }
        }

        private void element(PdfDictionary d, PdfStructureElement into, Integer page, int depth) throws Uncopyable {
            if (++elements > MAX_ELEMENTS) {
                throw new Uncopyable("too many elements");
            }
            PdfStructureElement copy = null;
            if (copying) {
                copy = new PdfStructureElement(into, standard(d.getAsName(PdfName.S)));
                for (PdfName key : KEPT) {
                    PdfObject v = d.get(key);
                    if (v != null && !key.equals(PdfName.A)) {
                        copy.put(key, direct(v, 0));
                    }
                }
                PdfArray attributes = attributes(d);
                if (attributes.size() > 0) {
                    copy.put(PdfName.A, attributes.size() == 1 ? attributes.getPdfObject(0) : attributes);
                }
            }
            kids(d.get(PdfName.K), copy, page(d, page), depth + 1);
        }

        /** The element's own attributes, then those of its classes. */
        private PdfArray attributes(PdfDictionary d) {
            PdfArray out = new PdfArray();
            addAll(out, d.get(PdfName.A), false);
            PdfObject c = PdfReader.getPdfObject(d.get(C));
            if (classes != null && c != null) {
                List<PdfObject> names = c.isArray() ? ((PdfArray) c).getElements() : List.of(c);
                for (PdfObject n : names) {
                    PdfObject name = PdfReader.getPdfObject(n);
                    if (name instanceof PdfName cls) {
                        addAll(out, classes.get(cls), false);
                    }
                }
            }
            return out;
        }

        private static void addAll(PdfArray out, PdfObject attributes, boolean nested) {
            PdfObject a = PdfReader.getPdfObject(attributes);
            if (a == null) {
                return;
            }
            if (a.isArray() && !nested) {
                for (PdfObject x : ((PdfArray) a).getElements()) {
                    // Revision numbers between attribute objects are left out with the revisions.
                    if (!PdfReader.getPdfObject(x).isNumber()) {
                        addAll(out, x, true);
                    }
                }
            } else if (a.isDictionary()) {
                out.add(direct(a, 0));
            }
        }

        /** The standard type {@code s} stands for through the attachment's role map. */
        private PdfName standard(PdfName s) {
            PdfName type = s;
            for (int i = 0; i < 10 && roles != null; i++) {
                PdfObject mapped = PdfReader.getPdfObject(roles.get(type));
                if (!(mapped instanceof PdfName n) || n.equals(type)) {
                    break;
                }
                type = n;
            }
            return type;
        }

        private Integer page(PdfDictionary d, Integer inherited) throws Uncopyable {
            PdfObject pg = d.get(PdfName.PG);
            if (pg == null) {
                return inherited;
            }
            if (!(pg instanceof PRIndirectReference ref) || !pageNumbers.containsKey(ref.getNumber())) {
                throw new Uncopyable("a page that is not in the file");
            }
            return pageNumbers.get(ref.getNumber());
        }

        private void content(int mcid, Integer page, PdfStructureElement into) throws Uncopyable {
            if (page == null || mcid < 0 || mcid > 1_000_000 || !mcids.add(page + " " + mcid)) {
                throw new Uncopyable("marked content without a page, or referred to twice");
            }
            if (copying) {
                PdfDictionary mcr = new PdfDictionary(MCR);
                mcr.put(MCID, new PdfNumber(mcid));
                PdfArray k = into.getAsArray(PdfName.K);
                if (k == null) {
                    k = new PdfArray();
                    into.put(PdfName.K, k);
                }
                k.add(mcr);
                pages.computeIfAbsent(page, p -> new ArrayList<>()).add(new Reference(mcid, into.getReference(), mcr));
            }
        }
    }

    /** A copy of {@code o} made of direct objects only, to be written into the packet; streams are left out. */
    static PdfObject direct(PdfObject o, int depth) {
        PdfObject v = PdfReader.getPdfObject(o);
        if (v == null || depth > 10 || v.isStream()) {
            return PdfNull.PDFNULL;
        }
        if (v.isDictionary()) {
            PdfDictionary d = (PdfDictionary) v;
            PdfDictionary out = new PdfDictionary();
            for (PdfName key : d.getKeys()) {
                out.put(key, direct(d.get(key), depth + 1));
            }
            return out;
        }
        if (v.isArray()) {
            PdfArray out = new PdfArray();
            for (PdfObject x : ((PdfArray) v).getElements()) {
                out.add(direct(x, depth + 1));
            }
            return out;
        }
        if (v.isString()) {
            return new PdfString(((PdfString) v).getBytes()).setHexWriting(((PdfString) v).isHexWriting());
        }
        if (v.isNumber()) {
            return new PdfNumber(((PdfNumber) v).doubleValue());
        }
        return v;
    }
}
