variable "all_types" {
  type = bool
}

resource "aws_config_configuration_recorder" "all" {
  name     = "all"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

# No recording_group: everything is recorded.
resource "aws_config_configuration_recorder" "defaults" {
  name     = "defaults"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder" "configurable" {
  name     = "configurable"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported = var.all_types
  }
}
