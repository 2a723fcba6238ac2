variable "network" {
  type = string
}

resource "google_vertex_ai_endpoint" "peered" {
  name         = "scoring"
  display_name = "scoring"
  location     = "europe-west4"
  network      = "projects/123456789012/global/networks/ml"
}

resource "google_vertex_ai_endpoint" "psc" {
  name         = "ranking"
  display_name = "ranking"
  location     = "europe-west4"

  private_service_connect_config {
    enable_private_service_connect = true
    project_allowlist              = ["acme-prod"]
  }
}

# Unknown here: no finding.
resource "google_vertex_ai_endpoint" "from_variable" {
  name         = "fraud"
  display_name = "fraud"
  location     = "europe-west4"
  network      = var.network
}
