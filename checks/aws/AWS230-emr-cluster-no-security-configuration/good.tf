resource "aws_emr_cluster" "etl" {
  name                   = "etl"
  release_label          = "emr-7.1.0"
  service_role           = "EMR_DefaultRole"
  security_configuration = "main"
  ec2_attributes {
    instance_profile = "EMR_EC2_DefaultRole"
    subnet_id        = "subnet-0123456789abcdef0"
  }
  master_instance_group {
    instance_type = "m5.xlarge"
  }
}
