package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns each identity of {@code people.csv} (id, email, GitHub login, Slack id, alias; folded as
 * {@link People#fold} folds them), to refuse an alias that names someone else: a log identity must
 * name one person.
 */
final class IdentityOwners {
  private record Owner(PersonId person, String column) {}

  private record Alias(PersonId person, long line, String alias) {}

  private final Map<String, List<Owner>> owners = new HashMap<>();
  private final List<Alias> aliases = new ArrayList<>();

  /** Takes the identities of {@code person}, read at {@code line}. */
  void add(Person person, long line) {
    own(person.id().value(), person.id(), "id");
    own(person.email(), person.id(), "email");
    own(person.github(), person.id(), "github");
    own(person.slack(), person.id(), "slack");
    for (String alias : person.aliases()) {
      own(alias, person.id(), "aliases");
      aliases.add(new Alias(person.id(), line, alias));
    }
  }

  private void own(String identity, PersonId person, String column) {
    String key = People.fold(identity);
    if (!key.isEmpty()) {
      owners.computeIfAbsent(key, k -> new ArrayList<>()).add(new Owner(person, column));
    }
  }

  /**
   * Checks that no alias is another person's identity.
   *
   * @throws ConfigException naming the file, line, alias and the other person
   */
  void checkAliases(String file) {
    for (Alias alias : aliases) {
      for (Owner owner : owners.get(People.fold(alias.alias()))) {
        if (!owner.person().equals(alias.person())) {
          throw new ConfigException(
              file
                  + ":"
                  + alias.line()
                  + ": column 'aliases': '"
                  + alias.alias()
                  + "' is also the "
                  + owner.column()
                  + " of "
                  + owner.person()
                  + "; an identity must name one person");
        }
      }
    }
  }
}
