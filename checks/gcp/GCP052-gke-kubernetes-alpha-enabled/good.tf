variable "alpha" {
  type = bool
}

resource "google_container_cluster" "default" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name                    = "stage"
  location                = "europe-west1"
  initial_node_count      = 1
  enable_kubernetes_alpha = false
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name                    = "dev"
  location                = "europe-west1"
  initial_node_count      = 1
  enable_kubernetes_alpha = var.alpha
}
