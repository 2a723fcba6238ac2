resource "google_apikeys_key" "maps" { # expect: GCP168
  name         = "maps"
  display_name = "Maps on the website"
}

# Limited to one API, but usable from anywhere.
resource "google_apikeys_key" "translate" { # expect: GCP168
  name         = "translate"
  display_name = "Translation backend"

  restrictions {
    api_targets {
      service = "translate.googleapis.com"
    }
  }
}
