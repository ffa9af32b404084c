package id.satupintu.web;

import id.satupintu.account.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The sign-in page, and the console's front door, which sends each role to its own desk. */
@Controller
class ConsoleController {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console")
    String home(@ModelAttribute("actor") Actor actor) {
        return switch (actor.role()) {
            case ADMIN -> "redirect:/console/admin";
            case AGENCY -> "redirect:/console/agency";
            case SUPERVISOR -> "redirect:/console/dashboard";
        };
    }
}
