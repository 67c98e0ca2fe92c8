package dev.clerk.mail;

import dev.clerk.model.Body;
import dev.clerk.model.DistributionList;
import dev.clerk.model.Group;
import dev.clerk.model.MailAddress;
import dev.clerk.model.Names;
import dev.clerk.model.Person;
import dev.clerk.model.io.InputException;
import dev.clerk.model.io.Parsed;
import dev.clerk.model.io.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns distribution lists into recipients, checking every address first and reporting each bad one at its
 * roster entry, so that nothing is sent while any address is wrong.
 */
final class Recipients {
    private final Parsed<Body> parsed;
    private final Body body;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Recipient> found = new LinkedHashMap<>();

    private Recipients(Parsed<Body> parsed) {
        this.parsed = parsed;
        this.body = parsed.value();
    }

    /** The recipients of the named lists, each address once, in list order. */
    static List<Recipient> resolve(Parsed<Body> body, List<String> listNames) throws InputException {
        Recipients r = new Recipients(body);
        for (String name : listNames) {
            int index = r.body.lists().indexOf(r.body.list(name)
                    .orElseThrow(() -> new IllegalArgumentException("lists: no list named '" + name + "'")));
            r.add(r.body.lists().get(index), "lists[" + index + "]");
        }
        if (!r.problems.isEmpty()) {
            throw new InputException(r.problems);
        }
        return List.copyOf(r.found.values());
    }

    private void add(DistributionList list, String at) {
        for (int i = 0; i < body.people().size(); i++) {
            Person p = body.people().get(i);
            if (list.roles().contains(p.role())) {
                addPerson(p, i, list, at + ".roles");
            }
        }
        for (int k = 0; k < list.people().size(); k++) {
            String name = list.people().get(k);
            int i = indexOf(name);
            if (i < 0) {
                error(at + ".people[" + k + "]", "'" + name + "' is not on the roster (people)");
            } else {
                addPerson(body.people().get(i), i, list, at + ".people[" + k + "]");
            }
        }
        for (int k = 0; k < list.groups().size(); k++) {
            String name = list.groups().get(k);
            Optional<Group> group = body.group(name);
            if (group.isEmpty()) {
                error(at + ".groups[" + k + "]", "'" + name + "' is not one of the groups");
                continue;
            }
            int g = body.groups().indexOf(group.get());
            if (group.get().isWholeBody()) {
                for (int i = 0; i < body.people().size(); i++) {
                    if (body.people().get(i).isMember()) {
                        addPerson(body.people().get(i), i, list, at + ".groups[" + k + "]");
                    }
                }
            }
            List<String> members = group.get().members();
            for (int m = 0; m < members.size(); m++) {
                int i = indexOf(members.get(m));
                if (i < 0) {
                    error("groups[" + g + "].members[" + m + "]", "'" + members.get(m)
                            + "' is not on the roster (people), and list '" + list.name() + "' includes the group");
                } else {
                    addPerson(body.people().get(i), i, list, at + ".groups[" + k + "]");
                }
            }
        }
        for (int k = 0; k < list.external().size(); k++) {
            MailAddress a = list.external().get(k);
            addAddress(a.name(), a.email(), at + ".external[" + k + "].email");
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < body.people().size(); i++) {
            if (Names.same(body.people().get(i).name(), name)) {
                return i;
            }
        }
        return -1;
    }

    private void addPerson(Person p, int i, DistributionList list, String via) {
        if (p.email() == null) {
            error("people[" + i + "]", p.name() + " has no email address, and list '" + list.name()
                    + "' includes them (" + via + "); add one or take them off the list");
            return;
        }
        addAddress(p.name(), p.email(), "people[" + i + "].email");
    }

    private void addAddress(String name, String address, String path) {
        Optional<String> problem = Addresses.problem(address);
        if (problem.isPresent()) {
            error(path, "'" + Addresses.visible(address) + "' cannot be mailed: " + problem.get()
                    + (name == null ? "" : " (" + Addresses.oneLine(name) + ")"));
            return;
        }
        found.putIfAbsent(address.toLowerCase(java.util.Locale.ROOT), new Recipient(name, address, path));
    }

    private void error(String path, String message) {
        Problem p = Problem.error(parsed.file(), parsed.source().valueAt(path), path, message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }
}
