variable "abac" {
  type = bool
}

resource "google_container_cluster" "rbac" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = var.abac
}
