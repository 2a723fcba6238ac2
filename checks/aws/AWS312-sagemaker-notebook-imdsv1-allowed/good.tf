resource "aws_sagemaker_notebook_instance" "research" {
  name          = "research"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}
