variable "channel" {
  type = string
}

# No block: new clusters are enrolled in the Regular channel.
resource "google_container_cluster" "default" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "stable" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  release_channel {
    channel = "STABLE"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1

  release_channel {
    channel = var.channel
  }
}
