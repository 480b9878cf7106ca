package dev.wstutor.lesson;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The demos lessons may name. {@link #standard()} collects every {@link Demo} listed as a service provider in
 * {@code META-INF/services/dev.wstutor.lesson.Demo}: a demo's name is declared once, by the demo itself, and
 * adding a demo means writing its class and listing the class there (a test fails when a class is not listed).
 *
 * <p>The demos lessons may name. A name can be <em>declared</em> (so lesson files naming it are valid) before it
 * is <em>implemented</em>; running a declared but unimplemented demo prints one line instead of failing, which
 * lets lessons be written ahead of their demos. Immutable: {@link #with(Demo)} returns a new registry.
 */
public final class DemoRegistry {
    private final Set<String> declared;
    private final Map<String, Demo> implemented;

    private DemoRegistry(Set<String> declared, Map<String, Demo> implemented) {
        this.declared = Set.copyOf(declared);
        this.implemented = Map.copyOf(implemented);
    }

    /** Every demo this build has, each under the name it gives itself. */
    public static DemoRegistry standard() {
        DemoRegistry registry = declaring(List.of());
        for (Demo demo : ServiceLoader.load(Demo.class, Demo.class.getClassLoader())) {
            if (registry.isDeclared(demo.name())) {
                throw new IllegalStateException("two demos are named '" + demo.name() + "'");
            }
            registry = registry.with(demo);
        }
        return registry;
    }

    public static DemoRegistry declaring(Collection<String> names) {
        return new DemoRegistry(new LinkedHashSet<>(names), Map.of());
    }

    /** Adds an implementation; its name becomes declared too. A second demo of the same name replaces the first. */
    public DemoRegistry with(Demo demo) {
        Set<String> names = new LinkedHashSet<>(declared);
        names.add(demo.name());
        Map<String, Demo> demos = new LinkedHashMap<>(implemented);
        demos.put(demo.name(), demo);
        return new DemoRegistry(names, demos);
    }

    public boolean isDeclared(String name) {
        return declared.contains(name);
    }

    public Optional<Demo> find(String name) {
        return Optional.ofNullable(implemented.get(name));
    }

    /** Every declared name, sorted, for messages that list them. */
    public SortedSet<String> declared() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(declared));
    }
}
