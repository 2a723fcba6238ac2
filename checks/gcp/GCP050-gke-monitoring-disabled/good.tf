variable "service" {
  type = string
}

resource "google_container_cluster" "default" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_service = "monitoring.googleapis.com/kubernetes"
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_service = var.service
}
