variable "group_name" {
  type = string
}

resource "aws_iam_group" "maybe" {
  name = "maybe"
}

# The group this membership fills cannot be known, so it may be `maybe`.
resource "aws_iam_group_membership" "unknown" {
  name  = "unknown"
  group = var.group_name
  users = ["dave"]
}
