resource "google_project" "sandbox" { # expect: GCP036
  name       = "Sandbox"
  project_id = "acme-sandbox"
  org_id     = "123456789012"
}

resource "google_project" "explicit" {
  name                = "Data"
  project_id          = "acme-data"
  org_id              = "123456789012"
  auto_create_network = true # expect: GCP036
}
