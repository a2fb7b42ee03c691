package si.mama.portal.platform.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With two nodes the HTTP session travels between them (web.xml {@code <distributable/>}), and with it every view and
 * session bean: every field they keep must be serializable, and so must everything those fields hold (entities,
 * records, lists of them). Injected beans travel as CDI proxies. A field whose declared type cannot tell (an
 * interface other than a collection) is named here too, so it is looked at once.
 */
class ReplicableSessionTest {

    private static final String PORTAL = "si.mama.portal.";
    private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void everyViewAndSessionBeanKeepsOnlySerializableState() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = beans();
        assertTrue(beans.size() > 30, "the scan finds the portal's view beans: " + beans.size());
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            // the portal's own fields; a library's superclass (Jakarta Security's context) is the library's business
            for (Class<?> type = bean; type != null && type.getName().startsWith(PORTAL); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, new HashSet<>());
                }
            }
        }
        assertEquals(List.of(), problems, "state a session replica could not carry");
    }

    private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where, problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(bound, where, problems, seen);
            }
        } else if (type instanceof Class<?> clazz) {
            if (clazz.isArray()) {
                check(clazz.getComponentType(), where, problems, seen);
            } else if (!clazz.isPrimitive() && !CONTAINERS.contains(clazz) && !Serializable.class.isAssignableFrom(clazz)
                    && clazz != Object.class) {
                problems.add(where + ": " + clazz.getName());
            } else if (clazz.getName().startsWith(PORTAL) && !clazz.isEnum()) {
                // what a portal class holds travels with it
                for (Class<?> part = clazz; part != null && part.getName().startsWith(PORTAL); part = part.getSuperclass()) {
                    for (Field field : part.getDeclaredFields()) {
                        int modifiers = field.getModifiers();
                        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                                && !field.getName().startsWith("_persistence")) {
                            check(field.getGenericType(), where + " → " + part.getSimpleName() + "." + field.getName(),
                                    problems, seen);
                        }
                    }
                }
            }
        }
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(si.mama.portal.platform.i18n.LocaleSelector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ReplicableSessionTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

}
