resource "aws_config_configuration_recorder_status" "main" {
  name       = "default"
  is_enabled = false # expect: AWS183
}
