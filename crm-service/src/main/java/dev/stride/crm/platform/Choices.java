package dev.stride.crm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tenant's editable choice lists (loss reasons, lead sources): the built-in list until an admin sets one, then
 * the admin's list in its order.
 */
@ApplicationScoped
public class Choices {

    public List<String> current(String list, List<String> builtIn) {
        List<String> stored = Choice.<Choice> list("list = ?1 order by position", list).stream().map(c -> c.name)
                .toList();
        return stored.isEmpty() ? builtIn : stored;
    }

    /** 400 naming {@code field} unless {@code value} is in the list. */
    public String require(String list, List<String> builtIn, String field, String value) {
        List<String> offered = current(list, builtIn);
        String chosen = value.strip();
        if (!offered.contains(chosen)) {
            throw new ProblemException.InvalidField(field, "must be one of " + String.join(", ", offered));
        }
        return chosen;
    }

    /** Replaces the list (names stripped, each at most once, else a 400 naming {@code field}). */
    @Transactional
    public List<String> replace(String list, List<String> names, String field) {
        List<String> stripped = names.stream().map(String::strip).distinct().toList();
        if (stripped.size() != names.size()) {
            throw new ProblemException.InvalidField(field, "must not list the same entry twice");
        }
        Choice.<Choice> list("list", list).forEach(Choice::delete);
        Choice.flush();
        for (int i = 0; i < stripped.size(); i++) {
            Choice.of(list, stripped.get(i), i).persist();
        }
        return stripped;
    }
}
