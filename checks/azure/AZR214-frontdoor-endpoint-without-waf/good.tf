variable "waf_policy_id" {
  type = string
}

resource "azurerm_frontdoor_firewall_policy" "web" {
  name                = "wafweb"
  resource_group_name = "rg-web"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
  }
}

resource "azurerm_frontdoor" "web" {
  name                = "fd-web"
  resource_group_name = "rg-web"

  routing_rule {
    name               = "default"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["default", "shop"]

    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "web"
    }
  }

  backend_pool_load_balancing {
    name = "default"
  }

  backend_pool_health_probe {
    name = "default"
  }

  backend_pool {
    name                = "web"
    load_balancing_name = "default"
    health_probe_name   = "default"

    backend {
      host_header = "web.example.com"
      address     = "web.example.com"
      http_port   = 80
      https_port  = 443
    }
  }

  frontend_endpoint {
    name                                    = "default"
    host_name                               = "fd-web.azurefd.net"
    web_application_firewall_policy_link_id = azurerm_frontdoor_firewall_policy.web.id
  }

  frontend_endpoint {
    name                                    = "shop"
    host_name                               = "shop.example.com"
    web_application_firewall_policy_link_id = var.waf_policy_id
  }
}
