variable "auto_network" {
  type = bool
}

resource "google_project" "prod" {
  name                = "Production"
  project_id          = "acme-prod"
  org_id              = "123456789012"
  auto_create_network = false
}

# Unknown here: no finding.
resource "google_project" "from_var" {
  name                = "Stage"
  project_id          = "acme-stage"
  org_id              = "123456789012"
  auto_create_network = var.auto_network
}
