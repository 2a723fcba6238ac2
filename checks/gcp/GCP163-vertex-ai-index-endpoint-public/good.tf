variable "public" {
  type = bool
}

resource "google_vertex_ai_index_endpoint" "search" {
  display_name = "search"
  region       = "europe-west4"
  network      = "projects/123456789012/global/networks/ml"
}

# Unknown here: no finding.
resource "google_vertex_ai_index_endpoint" "from_variable" {
  display_name            = "catalog"
  region                  = "europe-west4"
  public_endpoint_enabled = var.public
}
