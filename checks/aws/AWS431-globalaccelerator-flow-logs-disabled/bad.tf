resource "aws_globalaccelerator_accelerator" "edge" { # expect: AWS431
  name            = "edge"
  ip_address_type = "IPV4"
  enabled         = true
}

resource "aws_globalaccelerator_accelerator" "api" {
  name = "api"
  attributes {
    flow_logs_enabled = false # expect: AWS431
  }
}
