variable "security_group" {
  type = string
}

resource "google_container_cluster" "groups" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  authenticator_groups_config {
    security_group = "gke-security-groups@example.com"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1

  authenticator_groups_config {
    security_group = var.security_group
  }
}
