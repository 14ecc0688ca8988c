package io.cnctwin.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cnctwin.platform.boundary.Allowed;
import io.cnctwin.platform.boundary.Public;
import io.cnctwin.platform.entity.Role;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 20, item 11: an endpoint that says nobody may call it is refused to everyone, and none is left unsaid. */
class DenyByDefaultTest {

    @Test
    void everyEndpointNamesItsRolesOrIsPublic() {
        Map<String, List<Method>> methods = ApiRolesFilter.resourceMethods();
        assertFalse(methods.isEmpty());
        List<String> undeclared = methods.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(m -> !TokenFilter.isPublic(m) && declared(m) == null))
                .map(Map.Entry::getKey).collect(Collectors.toList());
        assertEquals(List.of(), undeclared, "endpoints with neither @Allowed nor @Public (denied to everyone)");
    }

    @Test
    void aMethodWithNeitherAnnotationIsDeniedToEveryRole() throws NoSuchMethodException {
        assertArrayEquals(new Role[0], TokenFilter.allowedRoles(Unannotated.class.getMethod("secret")));
        assertArrayEquals(new Role[] {Role.ADMIN}, TokenFilter.allowedRoles(Unannotated.class.getMethod("admin")));
    }

    private static Allowed declared(Method method) {
        Allowed allowed = method.getAnnotation(Allowed.class);
        return allowed != null ? allowed : method.getDeclaringClass().getAnnotation(Allowed.class);
    }

    static class Unannotated {
        public void secret() {
        }

        @Allowed(Role.ADMIN)
        public void admin() {
        }

        @Public
        public void open() {
        }
    }
}
