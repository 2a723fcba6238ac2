resource "aws_config_configuration_recorder" "partial" {
  name     = "partial"
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported  = false # expect: AWS032
    resource_types = ["AWS::EC2::Instance"]
  }
}
