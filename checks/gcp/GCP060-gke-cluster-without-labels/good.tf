variable "labels" {
  type = map(string)
}

resource "google_container_cluster" "labelled" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  resource_labels = {
    env  = "prod"
    team = "payments"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1
  resource_labels    = var.labels
}
