variable "referrers" {
  type = list(string)
}

resource "google_apikeys_key" "maps" {
  name         = "maps"
  display_name = "Maps on the website"

  restrictions {
    api_targets {
      service = "maps-backend.googleapis.com"
    }

    browser_key_restrictions {
      allowed_referrers = ["https://www.acme.example/*"]
    }
  }
}

resource "google_apikeys_key" "translate" {
  name         = "translate"
  display_name = "Translation backend"

  restrictions {
    api_targets {
      service = "translate.googleapis.com"
      methods = ["Translate*"]
    }

    server_key_restrictions {
      allowed_ips = ["203.0.113.10"]
    }
  }
}

# Unknown here: no finding.
resource "google_apikeys_key" "from_variable" {
  name         = "places"
  display_name = "Places"

  restrictions {
    api_targets {
      service = "places.googleapis.com"
    }

    browser_key_restrictions {
      allowed_referrers = var.referrers
    }
  }
}
